import { expect, test } from "@playwright/test";

// Operators trace one request through the logs by its id: every response carries one, and a
// caller's own id is kept.
test("every response carries a request id, and a caller's id is echoed back", async ({ request }) => {
  const page = await request.get("/sign-in");
  expect(page.status()).toBe(200);
  expect(page.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const ready = await request.get("/api/health/ready", { headers: { "x-request-id": "trace-me-123" } });
  expect(ready.status()).toBe(200);
  expect(ready.headers()["x-request-id"]).toBe("trace-me-123");
  expect(await ready.json()).toMatchObject({ status: "ok" });

  const trpc = await request.get("/api/trpc/auth.me", { headers: { "x-request-id": "trace-trpc-9" } });
  expect(trpc.status()).toBe(401);
  expect(trpc.headers()["x-request-id"]).toBe("trace-trpc-9");
});
