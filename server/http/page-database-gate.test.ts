import { afterAll, describe, expect, it } from "vitest";
import { createDb, db } from "../db";
import { pageAnswerWhenDatabaseDown } from "./page-database-gate";

const page = (path: string, accept = "text/html,application/xhtml+xml") =>
  new Request(`http://localhost${path}`, { headers: { accept } });

describe("pages while the database is unreachable", () => {
  const unreachable = createDb("postgresql://postgres@127.0.0.1:1/execora");
  afterAll(() => unreachable.$disconnect());

  it("answers a page navigation 503 with the message in both languages and nothing internal", async () => {
    const answer = await pageAnswerWhenDatabaseDown(page("/customers"), unreachable, 1_000_000);
    expect(answer?.status).toBe(503);
    expect(answer?.headers.get("retry-after")).toBe("5");
    const body = (await answer?.text()) ?? "";
    expect(body).toContain("The database is not reachable. Try again in a moment.");
    expect(body).toContain("डेटाबेस से संपर्क नहीं हो पा रहा है");
    expect(body).not.toMatch(/prisma|P\d{4}|127\.0\.0\.1|ECONNREFUSED/i);
  });

  it("leaves API calls and static files to their own error answers", async () => {
    expect(await pageAnswerWhenDatabaseDown(page("/api/trpc/customers.find"), unreachable, 2_000_000)).toBe(
      null,
    );
    expect(await pageAnswerWhenDatabaseDown(page("/_next/static/app.js"), unreachable, 2_000_000)).toBe(null);
    expect(await pageAnswerWhenDatabaseDown(page("/", "application/json"), unreachable, 2_000_000)).toBe(
      null,
    );
  });

  it("lets pages through when the database answers", async () => {
    expect(await pageAnswerWhenDatabaseDown(page("/"), db(), 3_000_000)).toBe(null);
  });

  it("asks the database at most once every 2 seconds, and notices it coming back", async () => {
    let calls = 0;
    let up = false;
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const probe = {
      $queryRaw: () => {
        calls += 1;
        return up ? Promise.resolve([{ "?column?": 1 }]) : Promise.reject(refused);
      },
    };
    expect((await pageAnswerWhenDatabaseDown(page("/"), probe, 10_000))?.status).toBe(503);
    up = true;
    expect((await pageAnswerWhenDatabaseDown(page("/"), probe, 11_000))?.status).toBe(503);
    expect(calls).toBe(1);
    expect(await pageAnswerWhenDatabaseDown(page("/"), probe, Date.now() + 60_000)).toBe(null);
    expect(calls).toBe(2);
  });

  // A freshly started server's first page must not be refused: the first connection of a cold
  // pool can take a while, and a probe that breaks for any other reason says nothing of the database.
  it("lets the page through when the answer is slow or the failure is not about reaching the database", async () => {
    const slow = { $queryRaw: () => new Promise((resolve) => setTimeout(() => resolve([]), 5_000)) };
    const started = performance.now();
    expect(await pageAnswerWhenDatabaseDown(page("/"), slow, 20_000)).toBe(null);
    expect(performance.now() - started).toBeLessThan(3_000);
    const misconfigured = {
      $queryRaw: () => Promise.reject(new Error("AUTH_SECRET: must be at least 32 characters")),
    };
    expect(await pageAnswerWhenDatabaseDown(page("/"), misconfigured, 30_000)).toBe(null);
  });
});
