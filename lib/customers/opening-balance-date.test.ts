import { describe, expect, it } from "vitest";
import { istDateString } from "../gst/financial-year";
import { istDateStart, parseMerchantDate } from "./opening-balance-date";

// 10:00 IST on 1 April 2026 (04:30 UTC).
const NOW = new Date("2026-04-01T04:30:00Z");

describe("parseMerchantDate", () => {
  it("reads ISO and day-first dates the way Indian sheets write them", () => {
    for (const [text, date] of [
      ["2024-03-31", "2024-03-31"],
      ["31/03/2024", "2024-03-31"],
      ["1/4/2024", "2024-04-01"],
      ["01-04-2024", "2024-04-01"],
      ["29.02.2024", "2024-02-29"],
      [" 2026-04-01 ", "2026-04-01"],
    ]) {
      expect(parseMerchantDate(text as string, NOW)).toEqual({ ok: true, date });
    }
  });

  it("refuses dates that do not exist, dates after today in India, and other text", () => {
    expect(parseMerchantDate("30/02/2024", NOW)).toEqual({ ok: false, reason: "impossible" });
    expect(parseMerchantDate("29/02/2023", NOW)).toEqual({ ok: false, reason: "impossible" });
    expect(parseMerchantDate("2024-13-01", NOW)).toEqual({ ok: false, reason: "impossible" });
    expect(parseMerchantDate("2026-04-02", NOW)).toEqual({ ok: false, reason: "future" });
    for (const text of ["03/31", "kal", "2024/03/31", "31/03/24", ""]) {
      expect(parseMerchantDate(text, NOW)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("counts 'today' on the Indian calendar: at 23:00 UTC it is already tomorrow in India", () => {
    const lateUtc = new Date("2026-03-31T23:00:00Z");
    expect(parseMerchantDate("2026-04-01", lateUtc)).toEqual({ ok: true, date: "2026-04-01" });
  });
});

describe("istDateStart", () => {
  it("is 00:00 IST of that day, whatever the machine's time zone", () => {
    expect(istDateStart("2024-04-01").toISOString()).toBe("2024-03-31T18:30:00.000Z");
    expect(istDateString(istDateStart("2024-04-01"))).toBe("2024-04-01");
  });
});
