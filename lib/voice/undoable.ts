// What the voice undo can take back (server/voice/engine/undo.ts): a payment or credit is
// reversed, a bill cancelled. A balance read out or a customer added has nothing to undo.
const UNDOABLE_ENTITIES: ReadonlySet<string> = new Set(["LedgerEntry", "Invoice"]);

/** Whether a voice result wrote something its Undo button can take back. */
export function isUndoable(result: { status: string; resultEntityType?: string | null }): boolean {
  return result.status === "EXECUTED" && UNDOABLE_ENTITIES.has(result.resultEntityType ?? "");
}
