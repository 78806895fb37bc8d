import type { DomainContext } from "../context";

/** Invoices for the demo shop, added once server/invoices offers issueInvoice. */
export async function seedDemoInvoices(_ctx: DomainContext, _customerIds: string[]) {}
