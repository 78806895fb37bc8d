import type { Tx } from "../db";
import { developmentSender, type SenderFor } from "./sender";

/**
 * The channel each reminder goes out on: the configured provider for its channel, else the
 * development channel (kept in the database, shown in the app).
 */
export function reminderSenderFor(): SenderFor {
  return () => developmentSender;
}

/** The customer's public statement link for {statement_link}; none until links exist. */
export async function statementLinkForReminder(_tx: Tx, _customerId: string): Promise<string | null> {
  return null;
}
