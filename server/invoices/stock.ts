import type { DomainContext } from "../context";
import type { Tx } from "../db";

/**
 * Move catalogue stock by the lines' quantities (sign -1 sells, +1 puts back). Stock may go
 * negative: the shelf is the truth and a wrong count must not stop a sale. Products are updated
 * in id order so two transactions touching the same products never deadlock.
 */
export async function changeStock(
  tx: Tx,
  ctx: DomainContext,
  lines: { productId: string | null; quantityMilli: number | bigint }[],
  sign: 1 | -1,
) {
  const byProduct = new Map<string, bigint>();
  for (const line of lines) {
    if (!line.productId) continue;
    byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0n) + BigInt(line.quantityMilli));
  }
  for (const productId of [...byProduct.keys()].sort()) {
    const quantity = byProduct.get(productId) ?? 0n;
    await tx.product.updateMany({
      where: { id: productId, businessId: ctx.businessId },
      data: { stockMilli: sign === 1 ? { increment: quantity } : { decrement: quantity } },
    });
  }
}
