import client from "prom-client";
import { metrics } from "./metrics";

// What the shop does, beside how the server does: the signals an on-call reads first at 2 am
// (ops/prometheus/alerts.yml). Counted in the process that did the work, when the domain call
// returned (a voice turn's inner write that its outer transaction later rolls back still counts).
const globalForBusiness = globalThis as unknown as {
  execoraBusinessMetrics?: ReturnType<typeof createBusinessMetrics>;
};

function createBusinessMetrics() {
  const { registry } = metrics();
  return {
    payments: new client.Counter({
      name: "execora_payments_recorded_total",
      help: "Payments recorded in the khata, by source (DASHBOARD, VOICE, API, SYSTEM)",
      labelNames: ["source"] as const,
      registers: [registry],
    }),
    invoices: new client.Counter({
      name: "execora_invoices_issued_total",
      help: "Invoices and bills issued, by document type",
      labelNames: ["document_type"] as const,
      registers: [registry],
    }),
    reminderSends: new client.Counter({
      name: "execora_reminder_sends_total",
      help: "Reminder send attempts by outcome (sent, failed for good, retry later) and channel",
      labelNames: ["outcome", "via"] as const,
      registers: [registry],
    }),
    voiceTurns: new client.Counter({
      name: "execora_voice_turns_total",
      help: "Voice turns by channel, intent and status (EXECUTED, NEEDS_CONFIRMATION, REJECTED, FAILED …)",
      labelNames: ["channel", "intent", "status"] as const,
      registers: [registry],
    }),
    rateLimitRejections: new client.Counter({
      name: "execora_rate_limit_rejections_total",
      help: "Requests refused by a rate limit, by limiter",
      labelNames: ["limiter"] as const,
      registers: [registry],
    }),
    outboxLag: new client.Gauge({
      name: "execora_outbox_lag_seconds",
      help: "Age of the oldest reminder event still waiting in the outbox (0 when none), read at scrape",
      registers: [registry],
    }),
  };
}

export function businessMetrics() {
  globalForBusiness.execoraBusinessMetrics ??= createBusinessMetrics();
  return globalForBusiness.execoraBusinessMetrics;
}

export type ReminderSendOutcome = "sent" | "failed" | "retry";

export const countPayment = (source: string) => businessMetrics().payments.inc({ source });
export const countInvoice = (documentType: string) =>
  businessMetrics().invoices.inc({ document_type: documentType });
export const countReminderSend = (outcome: ReminderSendOutcome, via: string) =>
  businessMetrics().reminderSends.inc({ outcome, via });
export const countVoiceTurn = (channel: string, intent: string, status: string) =>
  businessMetrics().voiceTurns.inc({ channel, intent, status });
export const countRateLimitRejection = (limiter: string) =>
  businessMetrics().rateLimitRejections.inc({ limiter });
