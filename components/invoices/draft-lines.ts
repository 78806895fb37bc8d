import type { DocumentType } from "@/generated/prisma/enums";
import { computeInvoiceAmounts, type InvoiceAmounts, type LineInput } from "@/lib/gst/tax";
import type { ProductUnit } from "@/lib/products/units";
import { amountInputToPaise, paiseToAmountInput } from "../forms/amount";
import { milliFromInput } from "../products/parse-inputs";

/** One bill line as typed: every field is text until it is submitted. */
export type DraftLine = {
  key: string;
  productId: string | null;
  description: string;
  quantity: string;
  unit: string;
  rate: string;
  discount: string;
  gstRateBp: string;
  hsn: string;
};

export type LineProblem =
  | "descriptionRequired"
  | "quantityInvalid"
  | "rateInvalid"
  | "discountInvalid"
  | "discountTooHigh";
export type LineProblems = Partial<Record<"description" | "quantity" | "rate" | "discount", LineProblem>>;

type CatalogueProduct = {
  id: string;
  name: string;
  unit: string;
  pricePaise: number;
  gstRateBp: number;
  hsn: string | null;
};

let lineCounter = 0;
const nextKey = () => `line-${++lineCounter}`;

export function lineFromProduct(product: CatalogueProduct): DraftLine {
  return {
    key: nextKey(),
    productId: product.id,
    description: product.name,
    quantity: "1",
    unit: product.unit,
    rate: paiseToAmountInput(product.pricePaise),
    discount: "",
    gstRateBp: String(product.gstRateBp),
    hsn: product.hsn ?? "",
  };
}

export function freeTextLine(defaultGstRateBp: number): DraftLine {
  return {
    key: nextKey(),
    productId: null,
    description: "",
    quantity: "1",
    unit: "",
    rate: "",
    discount: "",
    gstRateBp: String(defaultGstRateBp),
    hsn: "",
  };
}

/** The numbers the tax function needs, or what is wrong with the line. */
export function parseDraftLine(
  line: DraftLine,
  documentType: DocumentType,
): { input: LineInput | null; problems: LineProblems } {
  const problems: LineProblems = {};
  if (line.productId === null && line.description.trim() === "") problems.description = "descriptionRequired";
  const quantityMilli = milliFromInput(line.quantity);
  if (quantityMilli === null) problems.quantity = "quantityInvalid";
  const ratePaise = amountInputToPaise(line.rate);
  if (ratePaise === null) problems.rate = "rateInvalid";
  const discountPaise = line.discount.trim() === "" ? 0 : amountInputToPaise(line.discount);
  if (discountPaise === null) problems.discount = "discountInvalid";
  if (quantityMilli === null || ratePaise === null || discountPaise === null)
    return { input: null, problems };
  // Bills and bills of supply charge no tax: the server records rate 0 for them too.
  const input = {
    quantityMilli,
    ratePaise,
    discountPaise,
    gstRateBp: documentType === "TAX_INVOICE" ? Number(line.gstRateBp || 0) : 0,
  };
  try {
    computeInvoiceAmounts([input], { documentType, interState: false });
  } catch {
    problems.discount = "discountTooHigh";
    return { input: null, problems };
  }
  return { input, problems };
}

export type DraftPreview = {
  problems: LineProblems[];
  /** Amounts per line (null for a line that cannot be priced yet). */
  lineTotals: (number | null)[];
  amounts: InvoiceAmounts | null;
  valid: boolean;
};

/** The live preview: the server's own tax function over the lines that parse. */
export function previewDraft(
  lines: DraftLine[],
  options: { documentType: DocumentType; interState: boolean },
): DraftPreview {
  const parsed = lines.map((line) => parseDraftLine(line, options.documentType));
  const priced = parsed.flatMap((entry, index) => (entry.input ? [{ index, input: entry.input }] : []));
  const amounts =
    priced.length > 0
      ? computeInvoiceAmounts(
          priced.map((entry) => entry.input),
          options,
        )
      : null;
  const lineTotals = lines.map(() => null as number | null);
  priced.forEach((entry, position) => {
    lineTotals[entry.index] = amounts?.lines[position]?.totalPaise ?? null;
  });
  return {
    problems: parsed.map((entry) => entry.problems),
    lineTotals,
    amounts,
    valid: lines.length > 0 && priced.length === lines.length && (amounts?.totalPaise ?? 0) > 0,
  };
}

/** The issueInvoice item for a line that parsed: every value explicit, so the bill matches the preview. */
export function issueItem(line: DraftLine, options: { documentType: DocumentType; registered: boolean }) {
  const discountPaise = line.discount.trim() === "" ? 0 : (amountInputToPaise(line.discount) ?? 0);
  return {
    ...(line.productId ? { productId: line.productId } : {}),
    ...(line.description.trim() ? { description: line.description.trim() } : {}),
    quantity: line.quantity.trim(),
    ...(line.unit ? { unit: line.unit as ProductUnit } : {}),
    ratePaise: amountInputToPaise(line.rate) ?? 0,
    ...(discountPaise > 0 ? { discountPaise } : {}),
    ...(options.documentType === "TAX_INVOICE" ? { gstRateBp: Number(line.gstRateBp || 0) } : {}),
    ...(options.registered && line.hsn.trim() ? { hsn: line.hsn.trim() } : {}),
  };
}
