import type { DomainContext } from "../../context";

/** Where the merchant sees what a voice command changed. */
export type ResultLink = { kind: "entry" | "bill" | "customer" | "reminder"; href: string };

type WithResult = { id: string; resultEntityType: string | null; resultEntityId: string | null };

/**
 * Links for turns' results, by turn id: a payment, credit or its reversal opens the customer's
 * khata; a bill (or its cancellation) the bill; a balance question the customer; a reminder the
 * reminders page. A result in another shop, or gone, gets no link.
 */
export async function resultLinks(ctx: DomainContext, turns: WithResult[]): Promise<Map<string, ResultLink>> {
  const entryIds = turns
    .filter((turn) => turn.resultEntityType === "LedgerEntry" || turn.resultEntityType === "Reversal")
    .map((turn) => turn.resultEntityId as string);
  const entries = entryIds.length
    ? await ctx.db.ledgerEntry.findMany({
        where: { businessId: ctx.businessId, id: { in: entryIds } },
        select: { id: true, customerId: true },
      })
    : [];
  const customerOfEntry = new Map(entries.map((entry) => [entry.id, entry.customerId]));
  const links = new Map<string, ResultLink>();
  for (const turn of turns) {
    const id = turn.resultEntityId;
    if (!id) continue;
    const link = linkFor(turn.resultEntityType, id, customerOfEntry);
    if (link) links.set(turn.id, link);
  }
  return links;
}

function linkFor(type: string | null, id: string, customerOfEntry: Map<string, string>): ResultLink | null {
  switch (type) {
    case "LedgerEntry":
    case "Reversal": {
      const customerId = customerOfEntry.get(id);
      return customerId ? { kind: "entry", href: `/customers/${customerId}#entry-${id}` } : null;
    }
    case "Invoice":
    case "InvoiceCancellation":
      return { kind: "bill", href: `/invoices/${id}` };
    case "Customer":
      return { kind: "customer", href: `/customers/${id}` };
    case "Reminder":
      return { kind: "reminder", href: "/reminders" };
    default:
      return null;
  }
}
