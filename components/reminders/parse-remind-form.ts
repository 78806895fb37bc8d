import { amountInputToPaise } from "../forms/amount";
import { fromIstInputValue } from "./ist-time-input";

export type RemindFormValues = { when: string; amount: string; everyDays: string; maxTimes: string };
export type RemindFormProblem = "whenInvalid" | "amountInvalid" | "everyDaysInvalid" | "maxTimesInvalid";

// "Until paid" when the merchant gives no cap: the most the server allows.
const MOST_OCCURRENCES = 30;

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

/** The typed values as the reminders.create fields, or the fields that need fixing first. */
export function parseRemindForm(values: RemindFormValues):
  | {
      ok: true;
      fields: { sendAt: Date; amountPaise: number | null; everyDays: number | null; maxOccurrences: number };
    }
  | { ok: false; problems: Partial<Record<keyof RemindFormValues, RemindFormProblem>> } {
  const problems: Partial<Record<keyof RemindFormValues, RemindFormProblem>> = {};
  const sendAt = fromIstInputValue(values.when);
  if (!sendAt) problems.when = "whenInvalid";
  const amountPaise = values.amount.trim() === "" ? null : amountInputToPaise(values.amount);
  if (values.amount.trim() !== "" && amountPaise === null) problems.amount = "amountInvalid";
  const everyDays = values.everyDays.trim() === "" ? null : wholeNumber(values.everyDays, 1, 90);
  if (values.everyDays.trim() !== "" && everyDays === null) problems.everyDays = "everyDaysInvalid";
  let maxOccurrences = 1;
  if (everyDays !== null) {
    const cap = values.maxTimes.trim() === "" ? MOST_OCCURRENCES : wholeNumber(values.maxTimes, 1, 30);
    if (cap === null) problems.maxTimes = "maxTimesInvalid";
    else maxOccurrences = cap;
  }
  if (!sendAt || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, fields: { sendAt, amountPaise, everyDays, maxOccurrences } };
}
