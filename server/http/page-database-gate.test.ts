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
    const probe = {
      $queryRaw: () => {
        calls += 1;
        return up ? Promise.resolve([{ "?column?": 1 }]) : Promise.reject(new Error("down"));
      },
    };
    expect((await pageAnswerWhenDatabaseDown(page("/"), probe, 10_000))?.status).toBe(503);
    up = true;
    expect((await pageAnswerWhenDatabaseDown(page("/"), probe, 11_000))?.status).toBe(503);
    expect(calls).toBe(1);
    expect(await pageAnswerWhenDatabaseDown(page("/"), probe, Date.now() + 60_000)).toBe(null);
    expect(calls).toBe(2);
  });
});
