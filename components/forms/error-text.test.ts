import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import { describe, expect, it, vi } from "vitest";
import enErrors from "@/messages/en/errors.json";
import hiErrors from "@/messages/hi/errors.json";
import type { AppRouter } from "@/server/api/root";
import { POST as trpcRoute } from "@/server/http/routes/trpc";
import { createTestBusiness } from "@/server/test/factories";
import { errorTextOf } from "./error-text";

// A real tRPC client talking to the real route handler; the only thing made to fail is one query
// (a bug on our side), and the session is the test's owner.
const state = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));
vi.mock("@/server/customers/queries", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/customers/queries")>()),
  findCustomers: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'balancePaise')");
  },
}));

const client = createTRPCClient<AppRouter>({
  links: [
    httpLink({
      url: "http://localhost:3000/api/trpc",
      transformer: superjson,
      headers: { "x-request-id": "req-cust-42" },
      fetch: (url, init) => trpcRoute(new Request(url, init as RequestInit)),
    }),
  ],
});

function translator(messages: Record<string, unknown>) {
  return (key: string, values: Record<string, string> = {}) =>
    String(messages[key]).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

describe("what the merchant reads when the server fails unexpectedly", () => {
  it("names the request id, in English and Hindi, and nothing internal", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    const error = await client.customers.find.query({ search: "Sunita" }).catch((caught) => caught);
    const english = errorTextOf(error, translator(enErrors), (text) => text);
    expect(english).toBe("Something went wrong on our side (ref req-cust-42). Please try again.");
    expect(errorTextOf(error, translator(hiErrors), (text) => text)).toContain("req-cust-42");
    expect(english).not.toMatch(/balancePaise|TypeError/);
  });

  it("keeps the server's own sentence for an expected failure", async () => {
    state.userId = null;
    const error = await client.customers.find.query({ search: "Sunita" }).catch((caught) => caught);
    expect(errorTextOf(error, translator(enErrors), (text) => `translated: ${text}`)).toMatch(
      /^translated: /,
    );
  });
});
