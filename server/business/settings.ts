import { z } from "zod";
import { MAX_ENTRY_PAISE } from "@/lib/money/paise";
import { auditSnapshot, recordAudit } from "../audit/record-audit";
import { optionalGstin, optionalIndianMobile, personName, stateCode, upiVpa } from "../auth/schema";
import type { DomainContext } from "../context";
import { assertOwner } from "../errors";
import { inTransaction } from "../transaction";
import { assertConsistentRegistration } from "./gst-registration";

// Fields left out stay as they are; GST registration is checked on the merged result.
export const updateBusinessInput = z.object({
  name: personName.optional(),
  address: z.string().trim().max(500).nullish(),
  phone: optionalIndianMobile,
  upiVpa,
  gstScheme: z.enum(["UNREGISTERED", "COMPOSITION", "REGULAR"]).optional(),
  gstin: optionalGstin,
  stateCode: stateCode.optional(),
  /** Voice actions above this amount are read back for a yes/no first (0 = always confirm). */
  voiceConfirmPaise: z.number().int().min(0).max(MAX_ENTRY_PAISE).optional(),
  /** Spoken payments and credit under voiceConfirmPaise run at once instead of being read back. */
  voiceQuickMode: z.boolean().optional(),
});

export type UpdateBusinessInput = z.output<typeof updateBusinessInput>;

const businessSelect = {
  id: true,
  name: true,
  address: true,
  phone: true,
  upiVpa: true,
  gstScheme: true,
  gstin: true,
  stateCode: true,
  voiceConfirmPaise: true,
  voiceQuickMode: true,
  updatedAt: true,
} as const;

export async function getBusiness(ctx: DomainContext) {
  return ctx.db.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: businessSelect });
}

/** Shop details and GST registration. Owner only; before/after kept in the audit log. */
export async function updateBusiness(ctx: DomainContext, input: UpdateBusinessInput) {
  assertOwner(ctx.actor.role);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: businessSelect,
    });
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const merged = { ...before, ...changes };
    // An unregistered shop has no GSTIN to keep: dropping it avoids a stale number on bills.
    if (merged.gstScheme === "UNREGISTERED") merged.gstin = null;
    assertConsistentRegistration(merged);
    const after = await tx.business.update({
      where: { id: ctx.businessId },
      data: {
        name: merged.name,
        address: merged.address,
        phone: merged.phone,
        upiVpa: merged.upiVpa,
        gstScheme: merged.gstScheme,
        gstin: merged.gstin,
        stateCode: merged.stateCode,
        voiceConfirmPaise: merged.voiceConfirmPaise,
        voiceQuickMode: merged.voiceQuickMode,
      },
      select: businessSelect,
    });
    await recordAudit(tx, ctx, {
      action: "business.update",
      entityType: "Business",
      entityId: ctx.businessId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    return after;
  });
}
