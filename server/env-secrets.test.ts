import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x",
  AUTH_SECRET: "a9Fq2LmZ7xK1pR4tW8yB3nC6vD0eH5jS",
};

describe("secrets from files, and no published secret in production", () => {
  it("reads X_FILE into X, and refuses both at once or an unreadable file, naming it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "execora-secret-"));
    const file = path.join(dir, "auth-secret");
    writeFileSync(file, "Zp4Qw8Xr2Ty6Ub0Ic3Od7Pe1Fg5Hj9Kl\n");
    const { AUTH_SECRET: _, ...withoutSecret } = base;
    expect(parseEnv({ ...withoutSecret, AUTH_SECRET_FILE: file }).AUTH_SECRET).toBe(
      "Zp4Qw8Xr2Ty6Ub0Ic3Od7Pe1Fg5Hj9Kl",
    );
    expect(() => parseEnv({ ...base, AUTH_SECRET_FILE: file })).toThrow(
      /AUTH_SECRET: set AUTH_SECRET or AUTH_SECRET_FILE/,
    );
    expect(() => parseEnv({ ...withoutSecret, AUTH_SECRET_FILE: path.join(dir, "missing") })).toThrow(
      /AUTH_SECRET_FILE: cannot read/,
    );
  });

  it("refuses placeholders and this repository's test secrets in production only", () => {
    const production = { ...base, NODE_ENV: "production" };
    expect(parseEnv(production).AUTH_SECRET).toBe(base.AUTH_SECRET);
    for (const placeholder of [
      "test-secret-test-secret-test-secret-0123",
      "x".repeat(32),
      "changeme-changeme-changeme-changeme",
    ]) {
      expect(() => parseEnv({ ...production, AUTH_SECRET: placeholder })).toThrow(
        /AUTH_SECRET: is a placeholder/,
      );
      expect(parseEnv({ ...base, AUTH_SECRET: placeholder }).AUTH_SECRET).toBe(placeholder);
    }
    expect(() => parseEnv({ ...production, METRICS_TOKEN: "example-token-123" })).toThrow(/METRICS_TOKEN/);
  });
});
