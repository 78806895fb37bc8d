import { describe, expect, it } from "vitest";
import { parseRemindForm } from "./parse-remind-form";

const base = { when: "2026-03-05T10:00", amount: "", everyDays: "", maxTimes: "" };

describe("the Remind form's values", () => {
  it("an empty amount asks for the balance at send time; no repeat sends once", () => {
    expect(parseRemindForm(base)).toEqual({
      ok: true,
      fields: {
        sendAt: new Date("2026-03-05T04:30:00Z"),
        amountPaise: null,
        everyDays: null,
        maxOccurrences: 1,
      },
    });
  });

  it("reads ₹1,250.50 as paise and 'every 3 days up to 5 times'", () => {
    const parsed = parseRemindForm({ ...base, amount: "1,250.50", everyDays: "3", maxTimes: "5" });
    expect(parsed).toMatchObject({
      ok: true,
      fields: { amountPaise: 125050, everyDays: 3, maxOccurrences: 5 },
    });
  });

  it("repeats until paid, at most 30 times, when no cap is given", () => {
    expect(parseRemindForm({ ...base, everyDays: "7" })).toMatchObject({
      ok: true,
      fields: { everyDays: 7, maxOccurrences: 30 },
    });
  });

  it("names each field to fix", () => {
    expect(parseRemindForm({ when: "", amount: "12abc", everyDays: "0", maxTimes: "" })).toEqual({
      ok: false,
      problems: { when: "whenInvalid", amount: "amountInvalid", everyDays: "everyDaysInvalid" },
    });
    expect(parseRemindForm({ ...base, everyDays: "2", maxTimes: "31" })).toEqual({
      ok: false,
      problems: { maxTimes: "maxTimesInvalid" },
    });
    expect(parseRemindForm({ ...base, everyDays: "1.5" })).toEqual({
      ok: false,
      problems: { everyDays: "everyDaysInvalid" },
    });
  });
});
