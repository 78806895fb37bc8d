import type { OpenQuestion } from "./open-question";

const MINUTE_MS = 60_000;

/**
 * How long an answer still belongs to the question. A bare "500" is an answer only soon after
 * "Kitne rupaye?" (later it is a new command); a yes or a name may come a little later.
 */
export const QUESTION_WINDOW_MS: Record<OpenQuestion["kind"], number> = {
  confirm: 5 * MINUTE_MS,
  choose_customer: 5 * MINUTE_MS,
  missing_slot: 2 * MINUTE_MS,
};

export const LONGEST_QUESTION_WINDOW_MS = Math.max(...Object.values(QUESTION_WINDOW_MS));

/** A voice entry can be taken back by "undo" (or the panel's Undo) this long after it was written. */
export const UNDO_WINDOW_MS = 5 * MINUTE_MS;
