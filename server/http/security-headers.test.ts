import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "./security-headers";

const base = { nonce: "abc123", https: false, development: false };

describe("securityHeaders", () => {
  it("lets the page reach only this origin and the voice room's server", () => {
    const csp = securityHeaders({ ...base, liveKitUrl: "wss://voice.example.in" })["Content-Security-Policy"];
    expect(csp).toContain("connect-src 'self' wss://voice.example.in https://voice.example.in");
    const local = securityHeaders({ ...base, liveKitUrl: "ws://127.0.0.1:7880" })["Content-Security-Policy"];
    expect(local).toContain("connect-src 'self' ws://127.0.0.1:7880 http://127.0.0.1:7880;");
    expect(securityHeaders(base)["Content-Security-Policy"]).toContain("connect-src 'self';");
  });

  it("runs scripts only with the request's nonce; eval only under next dev", () => {
    const csp = securityHeaders(base)["Content-Security-Policy"];
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(csp).not.toContain("unsafe-eval");
    expect(securityHeaders({ ...base, development: true })["Content-Security-Policy"]).toContain(
      "'unsafe-eval'",
    );
  });

  it("sends HSTS over https only, and no referrer from a shared link", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders({ ...base, tokenInPath: true })["Referrer-Policy"]).toBe("no-referrer");
    expect(securityHeaders(base)["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("makes a fresh, unguessable nonce per request", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
