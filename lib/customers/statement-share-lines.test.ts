import { describe, expect, it } from "vitest";
import enCustomers from "@/messages/en/customers.json";
import { statementShareLineKind } from "./statement-share-lines";

describe("entries in a shared statement", () => {
  it("shows an undone payment and its undo as what they are, never as money got or given", () => {
    const undonePayment = { type: "PAYMENT" as const, amountPaise: -30_000, reversed: true };
    const undo = { type: "REVERSAL" as const, amountPaise: 30_000, reversed: false };
    expect(statementShareLineKind(undonePayment)).toBe("undoneCredit");
    expect(statementShareLineKind(undo)).toBe("undo");
    expect(enCustomers.share.entry[statementShareLineKind(undonePayment)]).toContain("undone, not counted");
    expect(enCustomers.share.entry[statementShareLineKind(undo)]).toContain("not counted");
  });

  it("an undone bill or udhaar reads as undone, standing entries as purchase and payment", () => {
    expect(statementShareLineKind({ type: "INVOICE", amountPaise: 50_000, reversed: true })).toBe(
      "undoneDebit",
    );
    expect(statementShareLineKind({ type: "CREDIT", amountPaise: 50_000, reversed: false })).toBe("debit");
    expect(statementShareLineKind({ type: "PAYMENT", amountPaise: -50_000, reversed: false })).toBe("credit");
  });
});
