import type { LedgerEntryType } from "@/generated/prisma/enums";

/**
 * How an entry reads in the statement a merchant shares on WhatsApp, by the same rule as the
 * khata and the reports: an entry that was undone and the undo itself are listed as what they
 * are and never as money given or got.
 */
export type StatementShareLineKind = "debit" | "credit" | "undoneDebit" | "undoneCredit" | "undo";

export type StatementShareEntry = {
  type: LedgerEntryType;
  /** Signed: more than zero raises what the customer owes. */
  amountPaise: number;
  /** A later REVERSAL undid this entry. */
  reversed: boolean;
};

export function statementShareLineKind(entry: StatementShareEntry): StatementShareLineKind {
  if (entry.type === "REVERSAL") return "undo";
  const raisesDue = entry.amountPaise > 0;
  if (entry.reversed) return raisesDue ? "undoneDebit" : "undoneCredit";
  return raisesDue ? "debit" : "credit";
}
