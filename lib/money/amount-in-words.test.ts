import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountInWords, numberInIndianWords } from "./amount-in-words";

describe("amountInWords", () => {
  it.each([
    [12000050, "Rupees One Lakh Twenty Thousand and Fifty Paise Only"],
    [0, "Rupees Zero Only"],
    [100, "Rupees One Only"],
    [1234567800, "Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight Only"],
    [1_00_00_000_00, "Rupees One Crore Only"],
    [11900, "Rupees One Hundred Nineteen Only"],
    [2100099, "Rupees Twenty One Thousand and Ninety Nine Paise Only"],
    [10_00_000_00, "Rupees Ten Lakh Only"],
    [99_999_00_00_000_00, "Rupees Ninety Nine Thousand Nine Hundred Ninety Nine Crore Only"],
  ])("%i paise → %s", (paise, words) => {
    expect(amountInWords(paise)).toBe(words);
  });

  it("omits the rupee part below ₹1 (chosen convention)", () => {
    expect(amountInWords(5)).toBe("Five Paise Only");
    expect(amountInWords(99)).toBe("Ninety Nine Paise Only");
  });

  it("rejects out-of-range input", () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(100_000_00_00_000_00)).toThrow(/99,999 crore/);
  });

  it("spells the largest supported amount", () => {
    expect(numberInIndianWords(99_999_99_99_999)).toBe(
      "Ninety Nine Thousand Nine Hundred Ninety Nine Crore Ninety Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine",
    );
  });

  const paiseArb = fc.integer({ min: 0, max: 1e11 });

  it("(P) never produces undefined or double spaces", () => {
    fc.assert(
      fc.property(paiseArb, (paise) => {
        const words = amountInWords(paise);
        expect(words).not.toMatch(/undefined|NaN| {2}|^ | $/);
        expect(words.endsWith(" Only")).toBe(true);
      }),
    );
  });

  it("(P) different amounts give different words", () => {
    fc.assert(
      fc.property(paiseArb, paiseArb, (a, b) => {
        fc.pre(a !== b);
        expect(amountInWords(a)).not.toBe(amountInWords(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("(P) neighbouring amounts give different words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 - 1 }), (a) => {
        expect(amountInWords(a)).not.toBe(amountInWords(a + 1));
      }),
    );
  });
});
