import type { ParsedCommand } from "./types";

/** The one-line shape the `npm run intent` CLI prints. */
export interface CliResult {
  intent: ParsedCommand["intent"];
  customer: string | null;
  amountPaise: number | null;
  items: { product: string; quantity: number; unit: string | null }[];
  date: string | null;
  phone: string | null;
  note: string | null;
  confidence: number;
}

export function toCliResult(command: ParsedCommand): CliResult {
  const { customer } = command;
  return {
    intent: command.intent,
    customer: customer?.kind === "matched" ? customer.name : customer?.kind === "new" ? customer.name : null,
    amountPaise: command.amountPaise,
    items: command.items.map(({ product, quantity, unit }) => ({ product, quantity, unit })),
    date: command.date,
    phone: command.phone,
    note: command.note,
    confidence: command.confidence,
  };
}
