import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addIstDays,
  financialYearOf,
  financialYearRange,
  formatInvoiceNumber,
  istDateString,
  istDayStart,
} from "./financial-year";

describe("financial year (IST)", () => {
  it("runs under a non-Indian process time zone", () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(-330);
  });

  it("switches on 1 April IST, not UTC", () => {
    expect(financialYearOf(new Date("2026-03-31T18:29:59.999Z"))).toBe("2025-26");
    expect(financialYearOf(new Date("2026-03-31T18:30:00Z"))).toBe("2026-27");
    expect(financialYearOf(new Date("2026-03-31T19:00:00Z"))).toBe("2026-27");
    expect(financialYearOf(new Date("2027-01-15T00:00:00Z"))).toBe("2026-27");
    expect(financialYearOf(new Date("2099-06-01T00:00:00Z"))).toBe("2099-00");
  });

  it("gives the UTC instants of the IST boundaries", () => {
    const { start, end } = financialYearRange("2026-27");
    expect(start.toISOString()).toBe("2026-03-31T18:30:00.000Z");
    expect(end.toISOString()).toBe("2027-03-31T18:30:00.000Z");
    expect(() => financialYearRange("2026-28")).toThrow(RangeError);
    expect(() => financialYearRange("26-27")).toThrow(RangeError);
  });

  it("(P) every instant falls inside its own financial year's range", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2098-12-31"), noInvalidDate: true }),
        (date) => {
          const { start, end } = financialYearRange(financialYearOf(date));
          expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
          expect(date.getTime()).toBeLessThan(end.getTime());
        },
      ),
    );
  });
});

describe("IST days", () => {
  it("computes IST calendar days", () => {
    const lateUtc = new Date("2026-05-10T20:00:00Z"); // 11 May 01:30 IST
    expect(istDateString(lateUtc)).toBe("2026-05-11");
    expect(istDayStart(lateUtc).toISOString()).toBe("2026-05-10T18:30:00.000Z");
    expect(istDateString(new Date("2026-05-10T18:29:59Z"))).toBe("2026-05-10");
    expect(addIstDays(lateUtc, 1).toISOString()).toBe("2026-05-11T20:00:00.000Z");
    expect(istDateString(addIstDays(new Date("2026-02-28T10:00:00Z"), 1))).toBe("2026-03-01");
    expect(istDateString(addIstDays(new Date("2026-03-01T10:00:00Z"), -1))).toBe("2026-02-28");
  });

  it("rejects invalid dates", () => {
    expect(() => istDateString(new Date("nope"))).toThrow(RangeError);
  });
});

describe("formatInvoiceNumber", () => {
  it("shrinks the prefix as the sequence grows", () => {
    expect(formatInvoiceNumber("2026-27", 1)).toBe("INV/2026-27/0001");
    expect(formatInvoiceNumber("2026-27", 9999)).toBe("INV/2026-27/9999");
    expect(formatInvoiceNumber("2026-27", 12345)).toBe("IN/2026-27/12345");
    expect(formatInvoiceNumber("2026-27", 123456)).toBe("I/2026-27/123456");
    expect(() => formatInvoiceNumber("2026-27", 1_000_000)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("2026-27", 0)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("bad", 1)).toThrow(RangeError);
  });

  it("(P) numbers are unique, at most 16 characters and use only allowed characters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }), (a, b) => {
        const first = formatInvoiceNumber("2026-27", a);
        expect(first.length).toBeLessThanOrEqual(16);
        expect(first).toMatch(/^[A-Za-z0-9/-]+$/);
        if (a !== b) expect(first).not.toBe(formatInvoiceNumber("2026-27", b));
      }),
      { numRuns: 5000 },
    );
  });

  it("is unique across the whole range", () => {
    const seen = new Set<string>();
    for (let seq = 1; seq <= 999_999; seq++) seen.add(formatInvoiceNumber("2026-27", seq));
    expect(seen.size).toBe(999_999);
  });
});
