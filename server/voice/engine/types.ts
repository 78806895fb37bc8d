import type { PaymentMode, VoiceTurnStatus } from "@/generated/prisma/enums";
import type { Language } from "../types";

/** How a turn arrived (TYPED, OFFLINE, LIVEKIT): one Prisma enum, stored in VoiceTurn.channel. */
export type { VoiceChannel } from "@/generated/prisma/enums";

export type VoiceItem = { productId: string; product: string; quantityMilli: number; unit: string | null };

/** A resolved command, ready to run through the domain functions (stored while it awaits a yes). */
export type VoiceAction =
  | {
      kind: "record_payment";
      customerId: string;
      customerName: string;
      amountPaise: number;
      mode: PaymentMode;
      /** IST day it happened when the merchant said one ("kal … diye the"); absent = today. */
      occurredOn?: string | null | undefined;
      note?: string | null | undefined;
    }
  | {
      kind: "record_credit";
      customerId: string;
      customerName: string;
      amountPaise: number;
      occurredOn?: string | null | undefined;
      note?: string | null | undefined;
    }
  | { kind: "create_invoice"; customerId: string; customerName: string; items: VoiceItem[] }
  | { kind: "get_balance"; customerId: string; customerName: string }
  | {
      kind: "schedule_reminder";
      customerId: string;
      customerName: string;
      /** IST day "YYYY-MM-DD" it goes out (10:00), or null for now. */
      day: string | null;
      /** What is owed when the question is asked, for the read-back. */
      balancePaise?: number | undefined;
    }
  | { kind: "list_dues" }
  /** Collections from `from` through `to` (IST days, inclusive). */
  | { kind: "get_collections"; from: string; to: string; period: "day" | "week" | "month" }
  | { kind: "get_total_due" }
  | {
      kind: "add_customer";
      name: string;
      phone: string | null;
      /** The merchant heard who already has this number and said to add anyway. */
      allowSharedPhone?: boolean | undefined;
      // "Suresh ne 500 diye" with no Suresh yet: after adding him, record what was said.
      andThen?: CustomerActionDraft | undefined;
    }
  /** The turn whose entry is taken back; the latest undoable one when absent (rows before this). */
  | { kind: "undo_last"; turnId?: string | undefined };

export type CustomerAction = Extract<
  VoiceAction,
  { kind: "record_payment" | "record_credit" | "create_invoice" | "get_balance" | "schedule_reminder" }
>;

/** A customer command before its customer is known (chosen, or about to be added). */
export type CustomerActionDraft = WithoutCustomer<CustomerAction>;
// Distributes over the union, so each kind keeps its own fields.
type WithoutCustomer<Action> = Action extends unknown ? Omit<Action, "customerId" | "customerName"> : never;

/** The draft with its customer: the spread keeps the draft's own kind and fields. */
export const withCustomer = (draft: CustomerActionDraft, customer: { id: string; name: string }) =>
  ({ ...draft, customerId: customer.id, customerName: customer.name }) as CustomerAction;

export type VoiceResult = {
  turnId: string;
  status: VoiceTurnStatus;
  intent: string;
  language: Language;
  reply: string;
  candidates: { id: string; name: string }[];
  /** The turn to answer with confirmVoiceCommand while the status is NEEDS_CONFIRMATION. */
  confirmTurnId: string | null;
  resultEntityType: string | null;
  resultEntityId: string | null;
};

export type Outcome = {
  status: VoiceTurnStatus;
  reply: string;
  resultEntityType?: string | null;
  resultEntityId?: string | null;
};
