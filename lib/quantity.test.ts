import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, InvalidQuantityError, parseQuantityToMilli } from "./quantity";

describe("parseQuantityToMilli", () => {
  it.each([
    ["1.5", 1500],
    ["2", 2000],
    ["0.25", 250],
    ["0.001", 1],
    [" 12.500 ", 12500],
    [".75", 750],
  ])("parses %j", (input, expected) => {
    expect(parseQuantityToMilli(input)).toBe(expected);
  });

  it("parses numbers without float error", () => {
    expect(parseQuantityToMilli(0.29)).toBe(290);
    expect(parseQuantityToMilli(1.005)).toBe(1005);
    expect(parseQuantityToMilli(3)).toBe(3000);
  });

  it.each([["0"], ["0.000"], ["-1"], [""], ["1.0005"], ["abc"], ["1,5"], ["1e3"]])("rejects %j", (input) => {
    expect(() => parseQuantityToMilli(input)).toThrow(InvalidQuantityError);
  });

  it("rejects bad numbers", () => {
    expect(() => parseQuantityToMilli(Number.NaN)).toThrow(InvalidQuantityError);
    expect(() => parseQuantityToMilli(-2)).toThrow(/negative/);
  });
});

describe("formatQuantity", () => {
  it("drops trailing zeros", () => {
    expect(formatQuantity(1500)).toBe("1.5");
    expect(formatQuantity(2000)).toBe("2");
    expect(formatQuantity(250)).toBe("0.25");
    expect(formatQuantity(1)).toBe("0.001");
    expect(() => formatQuantity(1.5)).toThrow(RangeError);
  });

  it("(P) round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (milli) => {
        expect(parseQuantityToMilli(formatQuantity(milli))).toBe(milli);
      }),
    );
  });
});
