import { describe, expect, it, vi } from "vitest";
import { DATABASE_UNREACHABLE_DIGEST } from "@/lib/database-unreachable";
import { createTestBusiness } from "../test/factories";
import { getCurrentUser } from "./trpc-server";

// Server components read through this caller. With the database down the signed-in layout fails;
// the digest is what lets app/error.tsx name the outage (Next.js withholds the message in production).
const state = vi.hoisted(() => ({ userId: null as string | null, databaseDown: false }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));
vi.mock("@/server/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/db")>();
  const unreachable = real.createDb("postgresql://postgres@127.0.0.1:1/execora");
  return { ...real, db: () => (state.databaseDown ? unreachable : real.db()) };
});

describe("pages during a database outage", () => {
  it("the signed-in layout's user lookup fails with the outage digest, not a driver message", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    expect(await getCurrentUser()).toMatchObject({ user: { id: shop.owner.id } });
    state.databaseDown = true;
    const failure = await getCurrentUser().then(
      () => null,
      (error: Error & { digest?: string }) => error,
    );
    expect(failure?.digest).toBe(DATABASE_UNREACHABLE_DIGEST);
    expect(failure?.message).toBe("The database is not reachable. Try again in a moment.");
  });
});
