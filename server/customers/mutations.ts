import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import { learnVoiceNames } from "../voice/engine/name-vocabulary";
import type { CustomerFields } from "./schema";
import { customerSearchKeys } from "./search-keys";
import { assertPhoneNotShared, canonicalPhone } from "./shared-phone";

/** `allowSharedPhone`: the merchant saw who already has this number and shares it on purpose. */
type SharedPhoneConsent = { allowSharedPhone?: boolean };

// Audit rows keep which fields changed but never personal values, so erasure stays complete.
const PERSONAL_FIELDS = ["name", "searchName", "phoneticKey", "phone", "email", "gstin", "notes"];

export async function createCustomer(ctx: DomainContext, input: CustomerFields & SharedPhoneConsent) {
  const phone = canonicalPhone(input.phone);
  const created = await ctx.db.$transaction(async (tx) => {
    await assertPhoneNotShared(tx, ctx, phone, { allowSharedPhone: input.allowSharedPhone });
    const customer = await tx.customer.create({
      data: {
        businessId: ctx.businessId,
        name: input.name,
        ...customerSearchKeys(input.name),
        phone,
        email: input.email ?? null,
        gstin: input.gstin ?? null,
        stateCode: input.stateCode ?? null,
        creditLimitPaise: input.creditLimitPaise ?? null,
        notes: input.notes ?? null,
        messageLanguage: input.messageLanguage ?? "EN",
      },
    });
    await recordAudit(tx, ctx, {
      action: "customer.create",
      entityType: "Customer",
      entityId: customer.id,
      after: auditSnapshot(customer, PERSONAL_FIELDS),
    });
    return customer;
  });
  // Voice corrects misheard names against the shop's name words: a new name is one of them now.
  await learnVoiceNames(ctx.businessId, [created.name]);
  return created;
}

export async function updateCustomer(
  ctx: DomainContext,
  id: string,
  { allowSharedPhone, ...fields }: Partial<CustomerFields> & SharedPhoneConsent,
) {
  const input = fields.phone ? { ...fields, phone: canonicalPhone(fields.phone) } : fields;
  const updated = await ctx.db.$transaction(async (tx) => {
    const before = await tx.customer.findFirst({ where: { id, businessId: ctx.businessId, erasedAt: null } });
    if (!before) throw notFound("Customer");
    // Only a new number is checked: saving other details of a family member asks nothing again.
    if (input.phone && input.phone !== before.phone) {
      await assertPhoneNotShared(tx, ctx, input.phone, { allowSharedPhone, exceptId: id });
    }
    const customer = await tx.customer.update({
      where: { id: before.id },
      data: {
        ...input,
        ...(input.name ? customerSearchKeys(input.name) : {}),
      },
    });
    const changed = Object.keys(input).filter((key) => input[key as keyof CustomerFields] !== undefined);
    await recordAudit(tx, ctx, {
      action: "customer.update",
      entityType: "Customer",
      entityId: id,
      before: auditSnapshot(before, PERSONAL_FIELDS),
      after: { ...(auditSnapshot(customer, PERSONAL_FIELDS) as object), changedFields: changed },
    });
    return customer;
  });
  if (input.name) await learnVoiceNames(ctx.businessId, [updated.name]);
  return updated;
}
