import { randomUUID } from "node:crypto";
import type { LedgerEntryType } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";
import { postLedgerEntry } from "../ledger/post-entry";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Tests only: an instant `days` before now. */
export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY_MS);

/**
 * Tests only: an entry dated in the past. Entries cannot be edited afterwards (the table refuses
 * UPDATE), so the date is given to postLedgerEntry, which moves the cached balance as always.
 */
export async function postDatedEntry(
  ctx: DomainContext,
  input: {
    customerId: string;
    amountPaise: number;
    occurredAt: Date;
    type?: LedgerEntryType;
    reversesEntryId?: string;
  },
) {
  return ctx.db.$transaction((tx) =>
    postLedgerEntry(tx, ctx, {
      customerId: input.customerId,
      type: input.type ?? (input.amountPaise > 0 ? "CREDIT" : "PAYMENT"),
      amountPaise: input.amountPaise,
      reversesEntryId: input.reversesEntryId ?? null,
      paymentMode: input.amountPaise < 0 ? "CASH" : null,
      idempotencyKey: `test:${randomUUID()}`,
      occurredAt: input.occurredAt,
    }),
  );
}
