import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gstinCheckChar, gstinStateCode, isValidGstin, normalizeGstin } from "./gstin";
import { STATES } from "./states";

// "07AAACR5055K1Z7" was also suggested as valid, but the checksum algorithm gives "9" for that prefix.
const KNOWN_VALID = ["27AAPFU0939F1ZV", "29AAGCB7383J1Z4"];

describe("GSTIN", () => {
  it.each(KNOWN_VALID)("accepts %s", (gstin) => {
    expect(isValidGstin(gstin)).toBe(true);
  });

  it("normalizes before validating", () => {
    expect(normalizeGstin(" 27aapfu0939f1zv ")).toBe("27AAPFU0939F1ZV");
    expect(isValidGstin(" 27aapfu0939f1zv ")).toBe(true);
    expect(gstinStateCode("27aapfu0939f1zv")).toBe("27");
  });

  it.each([
    ["wrong check char", "27AAPFU0939F1ZW"],
    ["unknown state", "99AAPFU0939F1ZV"],
    ["too short", "27AAPFU0939F1Z"],
    ["missing Z", "27AAPFU0939F1AV"],
    ["zero entity number", "27AAPFU0939F0ZV"],
    ["empty", ""],
  ])("rejects %s", (_label, gstin) => {
    expect(isValidGstin(gstin)).toBe(false);
  });

  it("computes the check character", () => {
    expect(gstinCheckChar("27AAPFU0939F1Z")).toBe("V");
    expect(gstinCheckChar("07AAACR5055K1Z")).toBe("9");
    expect(isValidGstin("07AAACR5055K1Z7")).toBe(false);
    expect(() => gstinCheckChar("27AAPFU")).toThrow(RangeError);
  });

  const upper = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const digit = fc.constantFrom(..."0123456789");
  const charset = [..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
  const prefixArb = fc
    .tuple(
      fc.constantFrom(...STATES.map((state) => state.code)),
      fc.array(upper, { minLength: 5, maxLength: 5 }),
      fc.array(digit, { minLength: 4, maxLength: 4 }),
      upper,
      fc.constantFrom(..."123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    )
    .map(
      ([state, pan, digits, panLast, entity]) =>
        `${state}${pan.join("")}${digits.join("")}${panLast}${entity}Z`,
    );

  it("(P) a prefix plus its check character is valid; any single substitution is not", () => {
    fc.assert(
      fc.property(
        prefixArb,
        fc.nat({ max: 14 }),
        fc.constantFrom(...charset),
        (prefix, position, replacement) => {
          const gstin = prefix + gstinCheckChar(prefix);
          expect(isValidGstin(gstin)).toBe(true);
          fc.pre(gstin.charAt(position) !== replacement);
          const altered = gstin.slice(0, position) + replacement + gstin.slice(position + 1);
          expect(isValidGstin(altered)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
