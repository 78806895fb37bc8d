import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../env";
import { createInngestClient } from "../../inngest/client";
import { inngestRouteFor } from "./inngest";

// The Inngest endpoint has no session: its only caller is Inngest, proved by a signature.
const signed = createInngestClient(
  parseEnv({
    ...process.env,
    INNGEST_DEV: "0",
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_SIGNING_KEY: "signkey-prod-6f0c2b8a4e1d9f7c3b5a2e8d6c4f1a0b9e7d5c3a1f8e6d4c2b0a9f7e5d3c1b",
  }),
);
const route = inngestRouteFor(signed);

const call = (init: RequestInit & { search?: string } = {}) =>
  new NextRequest(
    `http://localhost:3000/api/inngest${init.search ?? "?fnId=execora-send-reminder&stepId=step"}`,
    {
      method: "POST",
      headers: { "content-type": "application/json", ...init.headers },
      body: JSON.stringify({
        event: { name: "reminder/scheduled", data: {} },
        events: [],
        steps: {},
        ctx: {},
      }),
    },
  );

describe("/api/inngest with a signing key", () => {
  it("refuses a request that is not signed, or signed with another key", async () => {
    const unsigned = await route.POST(call(), undefined);
    expect(unsigned.status).toBe(401);
    const forged = await route.POST(
      call({ headers: { "x-inngest-signature": `t=${Math.floor(Date.now() / 1000)}&s=${"ab".repeat(32)}` } }),
      undefined,
    );
    expect(forged.status).toBe(401);
    const body = await forged.text();
    expect(body).not.toContain("signkey-prod");
  });
});
