import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaledDecimal, numberToDecimalText, scaleDecimalString } from "./decimal-string";

describe("scaleDecimalString", () => {
  it("scales with string arithmetic", () => {
    expect(scaleDecimalString("0.29", 2)).toEqual({ ok: true, value: 29n });
    expect(scaleDecimalString("12", 3)).toEqual({ ok: true, value: 12000n });
    expect(scaleDecimalString(".5", 2)).toEqual({ ok: true, value: 50n });
    expect(scaleDecimalString("7.", 2)).toEqual({ ok: true, value: 700n });
    expect(scaleDecimalString("1.500", 2)).toEqual({ ok: true, value: 150n });
  });

  it("rejects bad shapes and excess precision", () => {
    expect(scaleDecimalString("", 2)).toEqual({ ok: false, reason: "format" });
    expect(scaleDecimalString(".", 2)).toEqual({ ok: false, reason: "format" });
    expect(scaleDecimalString("1e5", 2)).toEqual({ ok: false, reason: "format" });
    expect(scaleDecimalString("-1", 2)).toEqual({ ok: false, reason: "format" });
    expect(scaleDecimalString("1.005", 2)).toEqual({ ok: false, reason: "precision" });
  });
});

describe("formatScaledDecimal", () => {
  it("formats fixed and trimmed", () => {
    expect(formatScaledDecimal(123450, 2, false)).toBe("1234.50");
    expect(formatScaledDecimal(5, 2, false)).toBe("0.05");
    expect(formatScaledDecimal(-5, 2, false)).toBe("-0.05");
    expect(formatScaledDecimal(1500, 3, true)).toBe("1.5");
    expect(formatScaledDecimal(2000n, 3, true)).toBe("2");
  });

  it("(P) round-trips through scaleDecimalString", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }), (value, scale) => {
        const text = formatScaledDecimal(value, scale, false);
        expect(scaleDecimalString(text, scale)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe("numberToDecimalText", () => {
  it("handles non-finite and negative zero", () => {
    expect(numberToDecimalText(Number.NaN)).toBeNull();
    expect(numberToDecimalText(Number.POSITIVE_INFINITY)).toBeNull();
    expect(numberToDecimalText(-0)).toBe("0");
    expect(numberToDecimalText(1500.5)).toBe("1500.5");
  });
});
