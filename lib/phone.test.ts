import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIndianMobile, normalizeIndianMobile, waMeNumber } from "./phone";

describe("normalizeIndianMobile", () => {
  it.each([
    ["9876543210"],
    ["+91 98765 43210"],
    ["098765-43210"],
    ["919876543210"],
    ["+91-98765-43210"],
    ["0091 98765 43210"],
    ["(+91) 98765.43210"],
    ["९८७६५४३२१०"],
  ])("normalizes %j", (input) => {
    expect(normalizeIndianMobile(input)).toBe("+919876543210");
  });

  it.each([
    ["5876543210"],
    ["987654321"],
    ["98765432101"],
    ["+1 415 555 0100"],
    ["+44 7876 543210"],
    ["0120 4567890"],
    ["98765abcde"],
    [""],
  ])("rejects %j", (input) => {
    expect(normalizeIndianMobile(input)).toBeNull();
  });

  it("(P) accepts every 10-digit number starting 6–9 in common spellings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6_000_000_000, max: 9_999_999_999 }), (n) => {
        const national = String(n);
        const e164 = `+91${national}`;
        expect(normalizeIndianMobile(national)).toBe(e164);
        expect(normalizeIndianMobile(`0${national}`)).toBe(e164);
        expect(normalizeIndianMobile(formatIndianMobile(e164))).toBe(e164);
      }),
    );
  });
});

describe("formatting", () => {
  it("formats for display and wa.me", () => {
    expect(formatIndianMobile("+919876543210")).toBe("+91 98765 43210");
    expect(formatIndianMobile(" 12345 ")).toBe("12345");
    expect(waMeNumber("+919876543210")).toBe("919876543210");
    expect(() => waMeNumber("12345")).toThrow(RangeError);
  });
});
