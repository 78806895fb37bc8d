import { extractSlots } from "./extract-slots";
import { newCustomerName } from "./new-customer";
import { customerSlot, MAX_TOKENS } from "./parse-command";
import { tokenize } from "./tokenize";
import type { CustomerSlot, ParseOptions, PaymentMode } from "./types";

/** What a short answer to the engine's question carries on its own: "500" → an amount, "Rahul" → a customer. */
export interface AnswerSlots {
  amountPaise: number | null;
  customer: CustomerSlot | null;
  /** The words as a name to create, for "Naya customer jodo" → "Kis customer ka?" → "Suresh Kumar". */
  newName: string | null;
  paymentMode: PaymentMode | null;
}

export function parseAnswer(text: string, { now, catalog }: ParseOptions): AnswerSlots {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  const slots = extractSlots(tokens, catalog, now);
  return {
    amountPaise: slots.amount?.paise ?? null,
    // Any intent that takes a customer resolves the name the same way.
    customer: customerSlot("get_balance", slots.match, slots.unknown, null),
    newName: newCustomerName(
      tokens,
      (index) => !(slots.phone && index >= slots.phone.start && index < slots.phone.end),
    ),
    paymentMode: slots.mode?.mode ?? null,
  };
}
