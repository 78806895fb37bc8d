/**
 * The security headers every response carries. The CSP allows scripts only from this origin
 * with this request's nonce ('strict-dynamic' lets Next's own chunks load theirs); styles may be
 * inline because React writes style attributes; the page may connect to the LiveKit server for
 * the voice room; no site may frame us (the sign-in page once could be framed cross-origin).
 */
export type SecurityHeaderOptions = {
  nonce: string;
  /** The voice room's server (LIVEKIT_URL), reached over WebSocket and HTTP from the page. */
  liveKitUrl?: string | undefined;
  /** HSTS only when the request came over https: over plain http it would be ignored anyway. */
  https: boolean;
  /** `next dev` evaluates code for fast refresh; production never does. */
  development: boolean;
  /** A shared bill or statement link: its URL is the secret, so it is never sent on as a referrer. */
  tokenInPath?: boolean;
};

/** ws(s):// and http(s):// origins of the LiveKit server; nothing when unset or unparsable. */
function liveKitOrigins(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    const secure = parsed.protocol === "wss:" || parsed.protocol === "https:";
    return [`${secure ? "wss" : "ws"}://${parsed.host}`, `${secure ? "https" : "http"}://${parsed.host}`];
  } catch {
    return [];
  }
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const scripts = ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'"];
  if (options.development) scripts.push("'unsafe-eval'");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...liveKitOrigins(options.liveKitUrl)],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": options.tokenInPath ? "no-referrer" : "strict-origin-when-cross-origin",
    // The microphone is for push-to-talk on our own pages only; nothing else is asked for.
    "Permissions-Policy": "microphone=(self), camera=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** 16 random bytes, base64: unguessable, fresh for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
