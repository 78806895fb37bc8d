import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { anonymousCaller, createTestBusiness } from "../test/factories";
import { appRouter } from "./root";

// Every procedure, found from the router itself, so a new one cannot skip these rules.
const PUBLIC = new Set([
  "auth.requestPasswordReset",
  "auth.resetPassword",
  "auth.signUp",
  "staff.acceptInvitation",
]);
// The product rule: staff cannot delete customers, cancel invoices, change settings, see the audit
// log, manage staff, adjust stock or archive products, see the GST summary, withdraw shared links,
// or remind every overdue customer at once.
const OWNER_ONLY = [
  "audit.find",
  "business.update",
  "customers.confirmDeletion",
  "customers.requestDeletion",
  "deployment.check",
  "invoices.cancel",
  "links.revoke",
  "links.revokeForCustomer",
  "products.adjustStock",
  "products.archive",
  "reminders.bulkCreate",
  "reminders.bulkPreview",
  "reports.gstSummary",
  "staff.find",
  "staff.invite",
  "staff.remove",
  "staff.resetPassword",
  "staff.revokeInvitation",
];

const paths = Object.keys(appRouter._def.procedures).sort();

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

async function codeOf(caller: unknown, path: string): Promise<string> {
  const [router, procedure] = path.split(".") as [string, string];
  try {
    await (caller as AnyCaller)[router]?.[procedure]?.({});
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : "THREW";
  }
}

describe("access rules over every procedure", () => {
  it("finds the procedures", () => {
    expect(paths.length).toBeGreaterThan(30);
  });

  it("rejects every non-public procedure without a session", async () => {
    const caller = anonymousCaller();
    for (const path of paths.filter((p) => !PUBLIC.has(p))) {
      expect(await codeOf(caller, path), path).toBe("UNAUTHORIZED");
    }
  });

  it("refuses staff exactly the owner-only procedures", async () => {
    const shop = await createTestBusiness();
    const forbidden: string[] = [];
    for (const path of paths.filter((p) => !PUBLIC.has(p))) {
      if ((await codeOf(shop.staffCaller, path)) === "FORBIDDEN") forbidden.push(path);
    }
    expect(forbidden).toEqual(OWNER_ONLY);
  });
});
