/**
 * The digest a server-rendered page's error carries when the database could not be reached
 * (set in server/http/trpc-server.ts). Next.js keeps an error's own digest and hands it to the
 * error boundary even in production, where the message itself is withheld.
 */
export const DATABASE_UNREACHABLE_DIGEST = "EXECORA_DATABASE_UNREACHABLE";
