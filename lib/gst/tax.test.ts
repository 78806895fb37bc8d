import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentType } from "@/generated/prisma/enums";
import { computeInvoiceAmounts, isInterState, type LineInput } from "./tax";

const intra = { documentType: "TAX_INVOICE" as const, interState: false };
const inter = { documentType: "TAX_INVOICE" as const, interState: true };

describe("computeInvoiceAmounts", () => {
  it("splits CGST/SGST within the state and rounds the total to the rupee", () => {
    // 1.5 kg at ₹45.33 = ₹67.995 → 6800 paise; 5% → 340 → 170 + 170.
    const result = computeInvoiceAmounts(
      [{ quantityMilli: 1500, ratePaise: 4533, discountPaise: 0, gstRateBp: 500 }],
      intra,
    );
    expect(result.lines[0]).toEqual({
      grossPaise: 6800,
      taxablePaise: 6800,
      cgstPaise: 170,
      sgstPaise: 170,
      igstPaise: 0,
      totalPaise: 7140,
    });
    expect(result.roundOffPaise).toBe(-40);
    expect(result.totalPaise).toBe(7100);
  });

  it("charges IGST across states and rounds half a rupee up", () => {
    const result = computeInvoiceAmounts(
      [
        { quantityMilli: 2000, ratePaise: 10000, discountPaise: 1000, gstRateBp: 1800 },
        { quantityMilli: 1000, ratePaise: 5000, discountPaise: 0, gstRateBp: 0 },
      ],
      inter,
    );
    expect(result.subtotalPaise).toBe(25000);
    expect(result.discountPaise).toBe(1000);
    expect(result.taxablePaise).toBe(24000);
    expect(result.igstPaise).toBe(3420);
    expect(result.cgstPaise).toBe(0);
    expect(result.roundOffPaise).toBe(-20);
    expect(result.totalPaise).toBe(27400);
    const half = computeInvoiceAmounts(
      [{ quantityMilli: 1000, ratePaise: 150, discountPaise: 0, gstRateBp: 0 }],
      inter,
    );
    expect(half.roundOffPaise).toBe(50);
    expect(half.totalPaise).toBe(200);
  });

  it("rounds half-paise lines up", () => {
    // 0.5 × 1 paise = 0.5 → 1; CGST on 100 at 0.25% → 0.125 each → 0.
    const line = computeInvoiceAmounts(
      [{ quantityMilli: 500, ratePaise: 1, discountPaise: 0, gstRateBp: 0 }],
      intra,
    );
    expect(line.lines[0]?.grossPaise).toBe(1);
    const cgst = computeInvoiceAmounts(
      [{ quantityMilli: 1000, ratePaise: 200, discountPaise: 0, gstRateBp: 25 }],
      intra,
    );
    expect(cgst.cgstPaise).toBe(0);
    const igst = computeInvoiceAmounts(
      [{ quantityMilli: 1000, ratePaise: 200, discountPaise: 0, gstRateBp: 25 }],
      inter,
    );
    expect(igst.igstPaise).toBe(1);
  });

  it("charges no tax on bills and bills of supply", () => {
    for (const documentType of ["BILL", "BILL_OF_SUPPLY"] as const) {
      const result = computeInvoiceAmounts(
        [{ quantityMilli: 1000, ratePaise: 10000, discountPaise: 0, gstRateBp: 1800 }],
        { documentType, interState: false },
      );
      expect(result.totalPaise).toBe(10000);
      expect(result.cgstPaise + result.sgstPaise + result.igstPaise).toBe(0);
    }
  });

  it("handles products beyond 2^53 exactly", () => {
    // Float math gives 40_000_000_000_000 here: 500 × 80_000_000_000_001 is not representable.
    const result = computeInvoiceAmounts(
      [{ quantityMilli: 500, ratePaise: 80_000_000_000_001, discountPaise: 0, gstRateBp: 0 }],
      intra,
    );
    expect(result.lines[0]?.grossPaise).toBe(40_000_000_000_001);
  });

  it("rejects invalid lines", () => {
    const base = { quantityMilli: 1000, ratePaise: 100, discountPaise: 0, gstRateBp: 500 };
    expect(() => computeInvoiceAmounts([{ ...base, discountPaise: 101 }], intra)).toThrow(/discount exceeds/);
    expect(() => computeInvoiceAmounts([{ ...base, quantityMilli: 0 }], intra)).toThrow(/positive/);
    expect(() => computeInvoiceAmounts([{ ...base, ratePaise: 1.5 }], intra)).toThrow(RangeError);
    expect(() => computeInvoiceAmounts([{ ...base, gstRateBp: 10001 }], intra)).toThrow(/100%/);
  });

  it("returns zeros for no lines", () => {
    expect(computeInvoiceAmounts([], intra).totalPaise).toBe(0);
  });

  const lineArb: fc.Arbitrary<LineInput> = fc
    .record({
      quantityMilli: fc.integer({ min: 1, max: 1_000_000 }),
      ratePaise: fc.integer({ min: 0, max: 10_000_000 }),
      discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
      gstRateBp: fc.constantFrom(0, 25, 300, 500, 1200, 1800, 2800, 4000),
    })
    .map(({ quantityMilli, ratePaise, discountShare, gstRateBp }) => {
      const gross = Math.round((quantityMilli * ratePaise) / 1000);
      return {
        quantityMilli,
        ratePaise,
        discountPaise: Math.floor(gross * discountShare * 0.999),
        gstRateBp,
      };
    });
  const optionsArb = fc.record({
    documentType: fc.constantFrom<DocumentType>("BILL", "BILL_OF_SUPPLY", "TAX_INVOICE"),
    interState: fc.boolean(),
  });

  it("(P) invoice invariants", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), optionsArb, (lines, options) => {
        const result = computeInvoiceAmounts(lines, options);
        const sumOf = (pick: (line: (typeof result.lines)[number]) => number) =>
          result.lines.reduce((total, line) => total + pick(line), 0);
        expect(result.totalPaise % 100).toBe(0);
        expect(Math.abs(result.roundOffPaise)).toBeLessThanOrEqual(50);
        expect(result.subtotalPaise).toBe(sumOf((line) => line.grossPaise));
        expect(result.taxablePaise).toBe(sumOf((line) => line.taxablePaise));
        expect(result.subtotalPaise - result.discountPaise).toBe(result.taxablePaise);
        expect(result.totalPaise - result.roundOffPaise).toBe(sumOf((line) => line.totalPaise));
        expect(result.cgstPaise).toBe(result.sgstPaise);
        for (const line of result.lines) {
          expect(line.cgstPaise).toBe(line.sgstPaise);
          expect(line.totalPaise).toBe(line.taxablePaise + line.cgstPaise + line.sgstPaise + line.igstPaise);
        }
        if (options.interState) expect(result.cgstPaise).toBe(0);
        else expect(result.igstPaise).toBe(0);
        if (options.documentType !== "TAX_INVOICE") {
          expect(result.cgstPaise + result.sgstPaise + result.igstPaise).toBe(0);
        }
      }),
    );
  });
});

describe("isInterState", () => {
  it("compares state codes; unknown customer state is local", () => {
    expect(isInterState("27", "27")).toBe(false);
    expect(isInterState("27", "29")).toBe(true);
    expect(isInterState("27", null)).toBe(false);
    expect(isInterState("27", "")).toBe(false);
  });
});
