import { auditSnapshot, recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import { AppError, assertOwner, notFound } from "../errors";
import { inTransaction } from "../transaction";
import { forgetVoiceProducts } from "../voice/engine/catalog";
import { productSelect, serializeProduct } from "./queries";
import type { AdjustStockInput, CreateProductInput, UpdateProductInput } from "./schema";
import { productSearchText } from "./search";

export async function createProduct(ctx: DomainContext, input: CreateProductInput) {
  const created = await inTransaction(ctx, async (tx) => {
    const product = await tx.product.create({
      data: {
        businessId: ctx.businessId,
        name: input.name,
        aliases: input.aliases,
        searchText: productSearchText(input.name, input.aliases),
        unit: input.unit,
        pricePaise: input.pricePaise,
        gstRateBp: input.gstRateBp,
        hsn: input.hsn ?? null,
        stockMilli: BigInt(input.stock),
        lowStockMilli: input.lowStock == null ? null : BigInt(input.lowStock),
      },
      select: productSelect,
    });
    await recordAudit(tx, ctx, {
      action: "product.create",
      entityType: "Product",
      entityId: product.id,
      after: auditSnapshot(product),
    });
    return serializeProduct(product);
  });
  // Voice caches the catalogue per business: the next spoken command must hear the change.
  await forgetVoiceProducts(ctx.businessId);
  return created;
}

export async function updateProduct(ctx: DomainContext, input: UpdateProductInput) {
  const { id, lowStock, ...fields } = input;
  const updated = await inTransaction(ctx, async (tx) => {
    const before = await tx.product.findFirst({
      where: { id, businessId: ctx.businessId },
      select: productSelect,
    });
    if (!before) throw notFound("Product");
    if (before.archivedAt) throw new AppError("CONFLICT", "This product is archived");
    const name = fields.name ?? before.name;
    const aliases = fields.aliases ?? before.aliases;
    const product = await tx.product.update({
      where: { id: before.id },
      data: {
        ...fields,
        searchText: productSearchText(name, aliases),
        ...(lowStock === undefined ? {} : { lowStockMilli: lowStock === null ? null : BigInt(lowStock) }),
      },
      select: productSelect,
    });
    await recordAudit(tx, ctx, {
      action: "product.update",
      entityType: "Product",
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(product),
    });
    return serializeProduct(product);
  });
  await forgetVoiceProducts(ctx.businessId);
  return updated;
}

/** Archived products leave the catalogue and search; old invoices keep pointing at them. */
export async function archiveProduct(ctx: DomainContext, input: { id: string }) {
  assertOwner(ctx.actor.role);
  const archived = await inTransaction(ctx, async (tx) => {
    const before = await tx.product.findFirst({
      where: { id: input.id, businessId: ctx.businessId },
      select: productSelect,
    });
    if (!before) throw notFound("Product");
    if (before.archivedAt) return serializeProduct(before);
    const product = await tx.product.update({
      where: { id: before.id },
      data: { archivedAt: new Date() },
      select: productSelect,
    });
    await recordAudit(tx, ctx, {
      action: "product.archive",
      entityType: "Product",
      entityId: product.id,
      before: auditSnapshot(before),
      after: auditSnapshot(product),
    });
    return serializeProduct(product);
  });
  await forgetVoiceProducts(ctx.businessId);
  return archived;
}

/** A stock count or correction outside invoicing; owner only, with the reason kept in the audit log. */
export async function adjustStock(ctx: DomainContext, input: AdjustStockInput) {
  assertOwner(ctx.actor.role);
  return inTransaction(ctx, async (tx) => {
    const locked = await tx.$queryRaw<{ stockMilli: bigint }[]>`
      SELECT "stockMilli" FROM "Product"
      WHERE "id" = ${input.productId} AND "businessId" = ${ctx.businessId}
      FOR UPDATE`;
    const row = locked[0];
    if (!row) throw notFound("Product");
    const before = BigInt(row.stockMilli);
    const quantity = BigInt(input.quantity);
    const after =
      input.mode === "ADD" ? before + quantity : input.mode === "REMOVE" ? before - quantity : quantity;
    const product = await tx.product.update({
      where: { id: input.productId },
      data: { stockMilli: after },
      select: productSelect,
    });
    await recordAudit(tx, ctx, {
      action: "product.adjustStock",
      entityType: "Product",
      entityId: input.productId,
      before: { stockMilli: before.toString() },
      after: { stockMilli: after.toString(), mode: input.mode, reason: input.reason },
    });
    return serializeProduct(product);
  });
}
