import { describe, expect, it } from "vitest";
import { findDate, type Tense } from "./dates";
import { findNumbers } from "./numbers";
import { tokenize } from "./tokenize";

// Wednesday 11 March 2026, 10:30 in India.
const NOW = new Date("2026-03-11T10:30:00+05:30");

function dateOf(text: string, tense: Tense = "future", now = NOW): string | null {
  const tokens = tokenize(text);
  const numbers = findNumbers(tokens, {
    countable: (token) => ["din", "tarikh", "days"].includes(token.norm),
  });
  return findDate(tokens, numbers, now).date?.resolve(tense) ?? null;
}

describe("findDate", () => {
  it.each([
    ["aaj", "2026-03-11"],
    ["today", "2026-03-11"],
    ["kal", "2026-03-12"],
    ["कल", "2026-03-12"],
    ["tomorrow", "2026-03-12"],
    ["parso", "2026-03-13"],
    ["day after tomorrow", "2026-03-13"],
    ["somvar", "2026-03-16"],
    ["Monday", "2026-03-16"],
    ["agle somvar", "2026-03-16"],
    ["budhvar", "2026-03-18"],
    ["guruvar", "2026-03-12"],
    ["itvaar", "2026-03-15"],
    ["शनिवार", "2026-03-14"],
    ["5 tarikh", "2026-04-05"],
    ["15 tareekh", "2026-03-15"],
    ["11 tarikh", "2026-04-11"],
    ["paanch tarikh", "2026-04-05"],
    ["1st December", "2026-12-01"],
    ["December 1", "2026-12-01"],
    ["1 march", "2027-03-01"],
    ["11 March", "2026-03-11"],
    ["25 disambar", "2026-12-25"],
    ["15/04", "2026-04-15"],
    ["1/1/2027", "2027-01-01"],
    ["in 3 days", "2026-03-14"],
    ["3 din baad", "2026-03-14"],
    ["teen din baad", "2026-03-14"],
    ["ek hafte baad", "2026-03-18"],
    ["in a week", "2026-03-18"],
    ["agle hafte", "2026-03-18"],
    ["next month", "2026-04-11"],
    ["2 ghante baad", "2026-03-11"],
    ["shaam 5 baje", "2026-03-11"],
    ["on the 20th", "2026-03-20"],
  ])("%s → %s (future)", (text, expected) => {
    expect(dateOf(text)).toBe(expected);
  });

  it.each([
    ["kal", "2026-03-10"],
    ["parso", "2026-03-09"],
    ["yesterday", "2026-03-10"],
    ["Monday", "2026-03-09"],
    ["budhvar", "2026-03-04"],
    ["5 tarikh", "2026-03-05"],
    ["11 tarikh", "2026-03-11"],
    ["15 tarikh", "2026-02-15"],
    ["1st December", "2025-12-01"],
    ["3 din pehle", "2026-03-08"],
    ["3 days ago", "2026-03-08"],
  ])("%s → %s for something already done", (text, expected) => {
    expect(dateOf(text, "past")).toBe(expected);
  });

  it("keeps fixed directions whatever the tense", () => {
    expect(dateOf("tomorrow", "past")).toBe("2026-03-12");
    expect(dateOf("yesterday", "future")).toBe("2026-03-10");
    expect(dateOf("3 din baad", "past")).toBe("2026-03-14");
  });

  it("counts days in India's time zone, not the server's", () => {
    const lateEvening = new Date("2026-03-11T20:00:00Z"); // 01:30 on 12 March in India
    expect(dateOf("aaj", "future", lateEvening)).toBe("2026-03-12");
    expect(dateOf("kal", "future", lateEvening)).toBe("2026-03-13");
    expect(dateOf("Thursday", "future", lateEvening)).toBe("2026-03-19");
  });

  it("rolls over months and years", () => {
    const newYearsEve = new Date("2026-12-31T12:00:00+05:30");
    expect(dateOf("kal", "future", newYearsEve)).toBe("2027-01-01");
    expect(dateOf("5 tarikh", "future", newYearsEve)).toBe("2027-01-05");
    expect(dateOf("2nd January", "future", newYearsEve)).toBe("2027-01-02");
    expect(dateOf("31 tarikh", "future", new Date("2027-01-31T09:00:00+05:30"))).toBe("2027-03-31");
    expect(dateOf("next month", "future", new Date("2027-01-31T09:00:00+05:30"))).toBe("2027-02-28");
    expect(dateOf("29 February", "future", new Date("2027-03-01T09:00:00+05:30"))).toBe("2028-02-29");
  });

  it("reads clock times as no amount and no other day", () => {
    const tokens = tokenize("kal 5 baje");
    const scan = findDate(tokens, findNumbers(tokens), NOW);
    expect(scan.date?.resolve("future")).toBe("2026-03-12");
    expect([...scan.used].sort()).toEqual([0, 1, 2]);
  });

  it("finds no date where none was said", () => {
    expect(dateOf("Rahul ne 500 diye")).toBeNull();
    expect(dateOf("Rahul ka 40 tarikh")).toBeNull();
  });
});
