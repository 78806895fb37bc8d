import { randomUUID } from "node:crypto";
import type { LedgerEntryType } from "@/generated/prisma/enums";
import type { DomainContext } from "../context";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Tests only: an instant `days` before now. */
export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY_MS);

/**
 * Tests only: an entry dated in the past. Entries cannot be edited afterwards (the table refuses
 * UPDATE), so the date is given on insert, and the cached balance moves with it as postLedgerEntry does.
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
  return ctx.db.$transaction(async (tx) => {
    const customer = await tx.customer.update({
      where: { id: input.customerId, businessId: ctx.businessId },
      data: { balancePaise: { increment: input.amountPaise } },
      select: { balancePaise: true },
    });
    return tx.ledgerEntry.create({
      data: {
        businessId: ctx.businessId,
        customerId: input.customerId,
        type: input.type ?? (input.amountPaise > 0 ? "CREDIT" : "PAYMENT"),
        amountPaise: input.amountPaise,
        balanceAfterPaise: customer.balancePaise,
        reversesEntryId: input.reversesEntryId ?? null,
        paymentMode: input.amountPaise < 0 ? "CASH" : null,
        idempotencyKey: `test:${randomUUID()}`,
        source: "DASHBOARD",
        occurredAt: input.occurredAt,
        createdAt: input.occurredAt,
      },
    });
  });
}
