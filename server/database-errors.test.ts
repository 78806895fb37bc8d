import { describe, expect, it } from "vitest";
import { containsNulCharacter, isDatabaseUnreachable, isNulCharacterRejection } from "./database-errors";
import { createDb, db } from "./db";

describe("recognising database failures", () => {
  it("a closed port, through Prisma and its driver adapter, is an outage", async () => {
    const closed = createDb("postgresql://postgres@127.0.0.1:1/execora");
    const failure = await closed.user.findFirst().catch((error: unknown) => error);
    expect(isDatabaseUnreachable(failure)).toBe(true);
    expect(isNulCharacterRejection(failure)).toBe(false);
  });

  it("the driver's and PostgreSQL's own codes for a lost server are outages too", () => {
    const adapter = (cause: object) => ({ name: "DriverAdapterError", cause });
    expect(isDatabaseUnreachable(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2024", message: "Timed out fetching a new connection" })).toBe(
      true,
    );
    expect(isDatabaseUnreachable(adapter({ kind: "postgres", code: "57P01" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2002", meta: { target: ["email"] } })).toBe(false);
    expect(isDatabaseUnreachable(adapter({ kind: "postgres", code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
  });

  it("text with U+0000 that reaches PostgreSQL is recognised as a NUL rejection", async () => {
    const failure = await db()
      .user.findFirst({ where: { email: "a\u0000b@example.test" } })
      .catch((error: unknown) => error);
    expect(isNulCharacterRejection(failure)).toBe(true);
    expect(isDatabaseUnreachable(failure)).toBe(false);
  });

  it("finds U+0000 in nested input, keys included", () => {
    expect(containsNulCharacter({ items: [{ note: "ok" }, { note: "a\u0000" }] })).toBe(true);
    expect(containsNulCharacter({ "k\u0000": 1 })).toBe(true);
    expect(containsNulCharacter({ name: "Sunita", amount: 500, at: null })).toBe(false);
  });
});
