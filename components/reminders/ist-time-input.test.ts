import { describe, expect, it } from "vitest";
import { defaultReminderTime, fromIstInputValue, toIstInputValue } from "./ist-time-input";

describe("datetime-local values on the IST clock", () => {
  it("writes an instant as the shop's wall-clock time, not the browser's", () => {
    // 04:30 UTC is 10:00 in India.
    expect(toIstInputValue(new Date("2026-03-05T04:30:00Z"))).toBe("2026-03-05T10:00");
    // 20:00 UTC is already the next day in India.
    expect(toIstInputValue(new Date("2026-03-05T20:00:00Z"))).toBe("2026-03-06T01:30");
  });

  it("reads a picked time as IST", () => {
    expect(fromIstInputValue("2026-03-05T10:00")?.toISOString()).toBe("2026-03-05T04:30:00.000Z");
    expect(fromIstInputValue("2026-03-06T00:15")?.toISOString()).toBe("2026-03-05T18:45:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(fromIstInputValue("")).toBeNull();
    expect(fromIstInputValue("2026-02-31T10:00")).toBeNull();
    expect(fromIstInputValue("2026-03-05T24:00")).toBeNull();
    expect(fromIstInputValue("tomorrow")).toBeNull();
  });
});

describe("the Remind form's first send time", () => {
  it("is 10:00 today when the morning has not got there yet", () => {
    // 07:00 IST
    expect(toIstInputValue(defaultReminderTime(new Date("2026-03-05T01:30:00Z")))).toBe("2026-03-05T10:00");
  });

  it("is an hour from now, on a 5-minute mark, once 10:00 is less than an hour away or past", () => {
    // 09:30 IST → 10:30; 14:02 IST → 15:05
    expect(toIstInputValue(defaultReminderTime(new Date("2026-03-05T04:00:00Z")))).toBe("2026-03-05T10:30");
    expect(toIstInputValue(defaultReminderTime(new Date("2026-03-05T08:32:00Z")))).toBe("2026-03-05T15:05");
  });
});
