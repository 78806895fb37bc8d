import type { DocumentType } from "@/generated/prisma/enums";

export type LineInput = {
  quantityMilli: number;
  ratePaise: number;
  discountPaise: number;
  gstRateBp: number;
};

export type LineAmounts = {
  grossPaise: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  totalPaise: number;
};

export type InvoiceAmounts = {
  lines: LineAmounts[];
  subtotalPaise: number;
  discountPaise: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  roundOffPaise: number;
  totalPaise: number;
};

type TaxOptions = { documentType: DocumentType; interState: boolean };

/** Place of supply outside the supplier's state means IGST; an unknown customer state means local. */
export function isInterState(businessStateCode: string, customerStateCode: string | null): boolean {
  if (customerStateCode === null || customerStateCode.trim() === "") return false;
  return businessStateCode.trim() !== customerStateCode.trim();
}

// BigInt because quantityMilli * ratePaise can exceed 2^53 before dividing back down.
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

function toSafeNumber(value: bigint, label: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${label} is too large`);
  return Number(value);
}

function assertNonNegativeInteger(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${value}`);
  }
}

function computeLine(line: LineInput, index: number, options: TaxOptions): LineAmounts {
  const label = `Line ${index + 1}`;
  assertNonNegativeInteger(line.quantityMilli, `${label} quantity`);
  if (line.quantityMilli === 0) throw new RangeError(`${label} quantity must be positive`);
  assertNonNegativeInteger(line.ratePaise, `${label} rate`);
  assertNonNegativeInteger(line.discountPaise, `${label} discount`);
  assertNonNegativeInteger(line.gstRateBp, `${label} GST rate`);
  if (line.gstRateBp > 10000) throw new RangeError(`${label} GST rate is above 100%`);

  const gross = divideRoundHalfUp(BigInt(line.quantityMilli) * BigInt(line.ratePaise), 1000n);
  const grossPaise = toSafeNumber(gross, `${label} amount`);
  if (line.discountPaise > grossPaise) throw new RangeError(`${label} discount exceeds the line amount`);
  const taxable = gross - BigInt(line.discountPaise);

  let cgst = 0n;
  let igst = 0n;
  if (options.documentType === "TAX_INVOICE") {
    const rate = BigInt(line.gstRateBp);
    if (options.interState) igst = divideRoundHalfUp(taxable * rate, 10000n);
    else cgst = divideRoundHalfUp(taxable * rate, 20000n);
  }
  const total = taxable + cgst * 2n + igst;
  return {
    grossPaise,
    taxablePaise: Number(taxable),
    cgstPaise: Number(cgst),
    sgstPaise: Number(cgst),
    igstPaise: Number(igst),
    totalPaise: toSafeNumber(total, `${label} total`),
  };
}

function sum(lines: LineAmounts[], pick: (line: LineAmounts) => number): number {
  return lines.reduce((total, line) => total + pick(line), 0);
}

export function computeInvoiceAmounts(lines: LineInput[], opts: TaxOptions): InvoiceAmounts {
  const amounts = lines.map((line, index) => computeLine(line, index, opts));
  const subtotalPaise = sum(amounts, (line) => line.grossPaise);
  const taxablePaise = sum(amounts, (line) => line.taxablePaise);
  const cgstPaise = sum(amounts, (line) => line.cgstPaise);
  const sgstPaise = sum(amounts, (line) => line.sgstPaise);
  const igstPaise = sum(amounts, (line) => line.igstPaise);
  const unrounded = taxablePaise + cgstPaise + sgstPaise + igstPaise;
  // Nearest rupee, half a rupee rounds up.
  const totalPaise = Math.floor((unrounded + 50) / 100) * 100;
  if (!Number.isSafeInteger(totalPaise)) throw new RangeError("Invoice total is too large");
  return {
    lines: amounts,
    subtotalPaise,
    discountPaise: subtotalPaise - taxablePaise,
    taxablePaise,
    cgstPaise,
    sgstPaise,
    igstPaise,
    roundOffPaise: totalPaise - unrounded,
    totalPaise,
  };
}
