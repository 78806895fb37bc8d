import type { DomainContext } from "../../../context";
import { parseAnswer } from "../../parse-answer";
import type { EntityCatalog, ParsedCommand } from "../../types";
import { fillSlot } from "./fill-slot";
import { type AskedTurn, findOpenTurn } from "./open-turn";
import { readChoice } from "./read-choice";

/** What an utterance is, once held against the caller's open question. */
export type Resolution =
  /** A command to plan: new (it closes any question), or the open one completed by this answer. */
  | { kind: "command"; parsed: ParsedCommand; completes?: AskedTurn }
  /** A yes or no, or a chosen customer, for the open question. */
  | { kind: "answer"; turn: AskedTurn; yes: boolean; choice?: { id: string; byPosition: boolean } }
  /** "haan" or an unclear name to "Rahul Sharma ya Rahul Gupta?": ask it again. */
  | { kind: "ask_again"; turn: AskedTurn }
  /** A yes or no with no question open. */
  | { kind: "nothing_open"; parsed: ParsedCommand }
  /** The open question could not be read: the merchant is asked to say the command again. */
  | { kind: "unreadable"; parsed: ParsedCommand; turnId: string };

const isYesNo = (parsed: ParsedCommand) => parsed.intent === "confirm_yes" || parsed.intent === "confirm_no";
const isComplete = (parsed: ParsedCommand) =>
  parsed.intent !== "unknown" && !isYesNo(parsed) && parsed.missing.length === 0;

/**
 * The one place an utterance meets the open question. A complete command always stands on its
 * own; otherwise "500" fills "Kitne rupaye?", "Rahul Gupta" or "doosra" answers "which Rahul?",
 * and "haan"/"nahi" answers a read-back. Nothing here writes.
 */
export async function resolveUtterance(
  ctx: DomainContext,
  parsed: ParsedCommand,
  heard: { text: string; catalog: EntityCatalog; now: Date },
): Promise<Resolution> {
  if (isComplete(parsed)) return { kind: "command", parsed };
  const open = await findOpenTurn(ctx, heard.now);
  if (!open) return isYesNo(parsed) ? { kind: "nothing_open", parsed } : { kind: "command", parsed };
  if (open.kind === "unreadable") {
    return parsed.intent === "unknown" || isYesNo(parsed)
      ? { kind: "unreadable", parsed, turnId: open.turnId }
      : { kind: "command", parsed };
  }
  const { turn } = open;
  const question = turn.question;
  switch (question.kind) {
    case "missing_slot": {
      const completed = fillSlot(question, parseAnswer(heard.text, heard));
      if (completed) return { kind: "command", parsed: completed, completes: turn };
      return isYesNo(parsed) ? { kind: "nothing_open", parsed } : { kind: "command", parsed };
    }
    case "confirm":
      return isYesNo(parsed)
        ? { kind: "answer", turn, yes: parsed.intent === "confirm_yes" }
        : { kind: "command", parsed };
    case "choose_customer": {
      if (parsed.intent === "confirm_no") return { kind: "answer", turn, yes: false };
      if (parsed.intent === "confirm_yes") return { kind: "ask_again", turn };
      if (parsed.intent !== "unknown") return { kind: "command", parsed };
      const reading = readChoice(heard.text, question);
      if (!reading) return { kind: "command", parsed };
      if (reading.kind === "unclear") return { kind: "ask_again", turn };
      return { kind: "answer", turn, yes: true, choice: { id: reading.id, byPosition: reading.byPosition } };
    }
  }
}
