import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRateBp, parseGstRates } from "./rates";

describe("parseGstRates", () => {
  it("defaults to the GST 2.0 slabs when unset or blank", () => {
    expect(parseGstRates(undefined)).toEqual([0, 500, 1800, 4000]);
    expect(parseGstRates("  ")).toEqual([0, 500, 1800, 4000]);
  });

  it("parses fractional, spaced, percent-suffixed, duplicate and unsorted entries", () => {
    expect(parseGstRates("3,0.25")).toEqual([25, 300]);
    expect(parseGstRates(" 18 , 5%, 5 ,0, 12.5")).toEqual([0, 500, 1250, 1800]);
    expect(parseGstRates("100")).toEqual([10000]);
  });

  it.each([["5,,18"], ["abc"], ["0.125"], ["-5"], ["100.01"], ["1e2"]])("rejects %j", (value) => {
    expect(() => parseGstRates(value)).toThrow(RangeError);
  });
});

describe("formatRateBp", () => {
  it("formats without trailing zeros", () => {
    expect(formatRateBp(500)).toBe("5%");
    expect(formatRateBp(25)).toBe("0.25%");
    expect(formatRateBp(250)).toBe("2.5%");
    expect(formatRateBp(0)).toBe("0%");
    expect(formatRateBp(4000)).toBe("40%");
    expect(() => formatRateBp(-1)).toThrow(RangeError);
  });

  it("(P) formatted rates parse back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        expect(parseGstRates(formatRateBp(bp))).toEqual([bp]);
      }),
    );
  });
});
