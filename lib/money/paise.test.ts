import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatInr,
  formatInrPlain,
  InvalidAmountError,
  MAX_ENTRY_PAISE,
  paiseToDecimalString,
  parseAmountToPaise,
} from "./paise";

describe("parseAmountToPaise", () => {
  it.each([
    ["500", 50000],
    ["1,50,000", 15000000],
    ["150,000", 15000000],
    ["1500.5", 150050],
    ["₹ 1,234.56", 123456],
    ["Rs. 250", 25000],
    ["500/-", 50000],
    ["0.29", 29],
    ["0.07", 7],
    [".5", 50],
    ["  42  ", 4200],
  ])("parses %j", (input, expected) => {
    expect(parseAmountToPaise(input)).toBe(expected);
  });

  it("parses numbers", () => {
    expect(parseAmountToPaise(500)).toBe(50000);
    expect(parseAmountToPaise(1500.5)).toBe(150050);
    expect(parseAmountToPaise(0.29)).toBe(29);
    expect(parseAmountToPaise(0)).toBe(0);
  });

  it.each([
    ["1.005"],
    [""],
    ["   "],
    ["-5"],
    ["₹ -5"],
    ["abc"],
    ["1,5"],
    ["12,34,5678"],
    ["1.2.3"],
    ["1e5"],
    ["99999999999999999999"],
  ])("rejects %j", (input) => {
    expect(() => parseAmountToPaise(input)).toThrow(InvalidAmountError);
  });

  it("rejects bad numbers", () => {
    expect(() => parseAmountToPaise(Number.NaN)).toThrow(InvalidAmountError);
    expect(() => parseAmountToPaise(-1)).toThrow(/negative/);
    expect(() => parseAmountToPaise(0.1 + 0.2)).toThrow(/2 decimal places/);
    expect(() => parseAmountToPaise(Number.POSITIVE_INFINITY)).toThrow(InvalidAmountError);
  });

  it("has an English message", () => {
    expect(() => parseAmountToPaise("1.005")).toThrow('"1.005" has more than 2 decimal places');
  });
});

describe("formatting", () => {
  it("formats INR with Indian grouping", () => {
    expect(formatInr(12345600)).toBe("₹1,23,456.00");
    expect(formatInr(-50000)).toBe("-₹500.00");
    expect(formatInr(0)).toBe("₹0.00");
    expect(formatInr(5)).toBe("₹0.05");
    expect(formatInr(MAX_ENTRY_PAISE)).toBe("₹1,00,00,000.00");
    expect(formatInr(Number.MAX_SAFE_INTEGER)).toBe("₹9,00,71,99,25,47,409.91");
  });

  it("formats plain and decimal strings", () => {
    expect(formatInrPlain(12345600)).toBe("1,23,456.00");
    expect(formatInrPlain(123450)).toBe("1,234.50");
    expect(paiseToDecimalString(123450)).toBe("1234.50");
    expect(paiseToDecimalString(7)).toBe("0.07");
    expect(paiseToDecimalString(-7)).toBe("-0.07");
  });

  it("rejects non-integer paise", () => {
    expect(() => formatInr(1.5)).toThrow(RangeError);
    expect(() => paiseToDecimalString(Number.NaN)).toThrow(RangeError);
  });

  it("(P) round-trips paiseToDecimalString → parseAmountToPaise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (paise) => {
        expect(parseAmountToPaise(paiseToDecimalString(paise))).toBe(paise);
      }),
    );
  });

  it("(P) round-trips through formatInrPlain", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (paise) => {
        expect(parseAmountToPaise(formatInrPlain(paise))).toBe(paise);
        expect(parseAmountToPaise(formatInr(paise))).toBe(paise);
      }),
    );
  });
});
