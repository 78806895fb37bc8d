import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Channels know providers, not shops: no database, so any module can send through them and tests
// need nothing but loopback servers.
describe("server/messaging", () => {
  it("imports neither Prisma nor the database", () => {
    const offenders = readdirSync(__dirname)
      .filter((name) => name.endsWith(".ts"))
      .filter((name) =>
        /from "(@\/generated\/prisma[^"]*|@prisma\/[^"]*|\.\.\/db|@\/server\/db)"/.test(
          readFileSync(join(__dirname, name), "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
