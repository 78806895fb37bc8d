import type { PublicLinkKind } from "@/generated/prisma/enums";
import { env } from "../env";

const PATH_OF: Record<PublicLinkKind, string> = { INVOICE: "b", STATEMENT: "s" };

/** The address a customer opens: /b/<token> for a bill, /s/<token> for a statement. */
export function publicLinkUrl(kind: PublicLinkKind, token: string): string {
  return `${env().APP_URL ?? "http://localhost:3000"}/${PATH_OF[kind]}/${token}`;
}

/** The same link's PDF download. */
export function publicPdfUrl(kind: PublicLinkKind, token: string): string {
  return `/api/public/${PATH_OF[kind]}/${token}/pdf`;
}
