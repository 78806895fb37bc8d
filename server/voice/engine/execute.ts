import type { DomainContext } from "../../context";
import { createCustomer } from "../../customers/mutations";
import { findCustomers, getCustomer } from "../../customers/queries";
import { AppError } from "../../errors";
import { issueInvoice } from "../../invoices/issue-invoice";
import { recordCredit, recordPayment } from "../../ledger/mutations";
import { type Lang, replies } from "./replies";
import { scheduleReminderByVoice } from "./schedule-reminder";
import { answerCollections, answerTotalDue } from "./shop-questions";
import type { Outcome, VoiceAction } from "./types";
import { undoLastVoiceEntry } from "./undo";

/** The voice context: the same domain functions, audited with source VOICE. */
export const voiceContext = (ctx: DomainContext): DomainContext => ({ ...ctx, source: "VOICE" });

async function run(ctx: DomainContext, action: VoiceAction, key: string, lang: Lang): Promise<Outcome> {
  switch (action.kind) {
    case "record_payment": {
      const entry = await recordPayment(ctx, {
        customerId: action.customerId,
        amountPaise: action.amountPaise,
        mode: action.mode,
        occurredOn: action.occurredOn,
        note: action.note,
        idempotencyKey: key,
      });
      return executed(
        replies.paymentRecorded(lang, action.customerName, action.amountPaise, entry.balanceAfterPaise) +
          replies.onDay(lang, action.occurredOn),
        "LedgerEntry",
        entry.id,
      );
    }
    case "record_credit": {
      const entry = await recordCredit(ctx, {
        customerId: action.customerId,
        amountPaise: action.amountPaise,
        occurredOn: action.occurredOn,
        note: action.note,
        idempotencyKey: key,
      });
      return executed(
        replies.creditRecorded(lang, action.customerName, action.amountPaise, entry.balanceAfterPaise) +
          replies.onDay(lang, action.occurredOn),
        "LedgerEntry",
        entry.id,
      );
    }
    case "create_invoice": {
      const invoice = await issueInvoice(ctx, {
        customerId: action.customerId,
        items: action.items.map((item) => ({ productId: item.productId, quantity: item.quantityMilli })),
        idempotencyKey: key,
      });
      return executed(
        replies.invoiceIssued(lang, action.customerName, invoice.number, invoice.totalPaise),
        "Invoice",
        invoice.id,
      );
    }
    case "get_balance": {
      const customer = await getCustomer(ctx, action.customerId);
      return executed(replies.balance(lang, customer.name, customer.balancePaise), "Customer", customer.id);
    }
    case "list_dues": {
      const page = await findCustomers(ctx, { sort: "balance", cursor: 0, limit: 5 });
      const owing = page.items.filter((row) => row.balancePaise > 0);
      return executed(replies.dues(lang, owing), null, null);
    }
    case "get_collections":
      return answerCollections(ctx, action, lang);
    case "get_total_due":
      return answerTotalDue(ctx, lang);
    case "add_customer": {
      const customer = await createCustomer(ctx, {
        name: action.name,
        phone: action.phone,
        allowSharedPhone: action.allowSharedPhone,
      });
      const added = replies.customerAdded(lang, customer.name);
      if (!action.andThen) return executed(added, "Customer", customer.id);
      const next = await run(
        ctx,
        { ...action.andThen, customerId: customer.id, customerName: customer.name },
        key,
        lang,
      );
      return { ...next, reply: `${added} ${next.reply}` };
    }
    case "schedule_reminder":
      return scheduleReminderByVoice(ctx, action, lang);
    case "undo_last":
      return undoLastVoiceEntry(ctx, lang, action.turnId);
  }
}

/** The ledger refused the entry's date (in the future or over a year back): say so, write nothing. */
function isDateRefusal(error: AppError): boolean {
  return error.fieldErrors?.occurredOn !== undefined;
}

function executed(reply: string, resultEntityType: string | null, resultEntityId: string | null): Outcome {
  return { status: "EXECUTED", reply, resultEntityType, resultEntityId };
}

/** Run an action; refusals the merchant should hear become replies, not errors. */
export async function executeAction(
  ctx: DomainContext,
  action: VoiceAction,
  key: string,
  lang: Lang,
): Promise<Outcome> {
  try {
    return await run(voiceContext(ctx), action, key, lang);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "FORBIDDEN") return { status: "REJECTED", reply: replies.ownerOnly(lang) };
    if (isDateRefusal(error)) return { status: "REJECTED", reply: replies.dateOutOfRange(lang) };
    // Someone else took the number between the question and the "haan": say who, write nothing.
    const sharedWith = (error.details as { sharedPhoneWith?: { name: string } } | undefined)?.sharedPhoneWith;
    if (error.code === "CONFLICT" && sharedWith) {
      return { status: "REJECTED", reply: replies.phoneTaken(lang, sharedWith.name) };
    }
    return { status: "FAILED", reply: replies.failed(lang) };
  }
}
