import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { HTTP_STATUS_OF_CODE } from "../errors";
import { createTestBusiness } from "../test/factories";
import { createContextInner } from "./context";
import { appRouter } from "./root";
import { createTRPCRouter, publicProcedure } from "./trpc";

// Through tRPC's real fetch adapter, so status codes and bodies are what a browser receives.
const probeRouter = createTRPCRouter({
  app: appRouter,
  // A unique violation no domain code maps (the email is taken): the shape of an unforeseen bug.
  duplicateUser: publicProcedure.mutation(async ({ ctx }) => {
    const taken = await ctx.db.user.findFirstOrThrow({ select: { email: true, businessId: true } });
    await ctx.db.user.create({
      data: {
        email: taken.email,
        name: "Twin",
        role: "STAFF",
        businessId: taken.businessId,
        passwordHash: "x",
      },
    });
  }),
});

function call(
  procedure: string,
  input: unknown,
  sessionUserId: string | null,
  method: "GET" | "POST" = "POST",
) {
  const json = JSON.stringify({ json: input });
  const url = `http://localhost/api/trpc/${procedure}`;
  const req =
    method === "GET"
      ? new Request(`${url}?input=${encodeURIComponent(json)}`)
      : new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: json });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: probeRouter,
    createContext: () => createContextInner({ db: db(), sessionUserId, requestId: "req-trpc-1" }),
  });
}

async function errorOf(response: Response) {
  const body = await response.text();
  const parsed = JSON.parse(body) as { error: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, body, message: parsed.error.json.message, data: parsed.error.json.data };
}

const INTERNALS = [/prisma/i, /P\d{4}/, /_key\b/, /unique constraint/i, /postgres/i, /UTF8/, /0x00/];
function expectNoInternals(body: string) {
  for (const pattern of INTERNALS)
    expect({ body, leaks: pattern.test(body) }).toEqual({ body, leaks: false });
}

const NUL_REFUSED = "The input contains a NUL character, which cannot be stored. Remove it and try again.";

describe("tRPC error answers", () => {
  it("an unmapped unique violation answers 500 with a generic sentence and the request id", async () => {
    await createTestBusiness();
    const answer = await errorOf(await call("duplicateUser", undefined, null));
    expect(answer.status).toBe(500);
    expect(answer.message).toBe('Something went wrong on our side (ref "req-trpc-1"). Please try again.');
    expect(answer.data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", requestId: "req-trpc-1" });
    expectNoInternals(answer.body);
  });

  it("a NUL byte in any input (a name, a search, a CSV file) answers 400, before the database sees it", async () => {
    const shop = await createTestBusiness();
    const answers = [
      await call("app.customers.create", { name: "Sun\u0000ita", phone: null }, shop.owner.id),
      await call("app.customers.find", { search: "Sun\u0000" }, shop.owner.id, "GET"),
      await call("app.customers.importCsv", { csv: "name,phone\nSunita\u0000,9876543210\n" }, shop.owner.id),
    ];
    for (const response of answers) {
      const answer = await errorOf(response);
      expect({ status: answer.status, message: answer.message }).toEqual({
        status: 400,
        message: NUL_REFUSED,
      });
      expectNoInternals(answer.body);
    }
    expect(await db().customer.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("expected failures keep their own status and message (the AppError table)", async () => {
    const shop = await createTestBusiness();
    const missing = await errorOf(await call("app.customers.get", { id: "nope" }, shop.owner.id, "GET"));
    expect({ status: missing.status, message: missing.message }).toEqual({
      status: 404,
      message: "Customer not found",
    });
    const signedOut = await errorOf(await call("app.customers.find", {}, null, "GET"));
    expect({ status: signedOut.status, message: signedOut.message }).toEqual({
      status: 401,
      message: "Sign in first",
    });
  });

  it("tRPC answers every AppError code with the status in the one table", () => {
    for (const [code, status] of Object.entries(HTTP_STATUS_OF_CODE)) {
      const trpcStatus = getHTTPStatusCodeFromError(
        new TRPCError({ code: code as keyof typeof HTTP_STATUS_OF_CODE }),
      );
      expect({ code, status: trpcStatus }).toEqual({ code, status });
    }
  });
});
