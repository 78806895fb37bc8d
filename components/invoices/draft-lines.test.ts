import { describe, expect, it } from "vitest";
import { type DraftLine, freeTextLine, issueItem, lineFromProduct, previewDraft } from "./draft-lines";

const rice = { id: "p1", name: "Basmati Rice", unit: "kg", pricePaise: 12000, gstRateBp: 500, hsn: "1006" };

function lines(): DraftLine[] {
  const riceLine = { ...lineFromProduct(rice), quantity: "1.5" };
  const delivery = { ...freeTextLine(1800), description: "Delivery", rate: "30" };
  return [riceLine, delivery];
}

describe("previewDraft", () => {
  it("adds CGST + SGST within the state and rounds the total to the rupee", () => {
    const preview = previewDraft(lines(), { documentType: "TAX_INVOICE", interState: false });
    expect(preview.valid).toBe(true);
    expect(preview.lineTotals).toEqual([18900, 3540]);
    expect(preview.amounts).toMatchObject({
      cgstPaise: 720,
      sgstPaise: 720,
      igstPaise: 0,
      roundOffPaise: -40,
      totalPaise: 22400,
    });
  });

  it("charges IGST for a customer in another state", () => {
    const preview = previewDraft(lines(), { documentType: "TAX_INVOICE", interState: true });
    expect(preview.amounts).toMatchObject({ cgstPaise: 0, igstPaise: 1440, totalPaise: 22400 });
  });

  it("charges no tax on a plain bill even when the product has a GST rate", () => {
    const preview = previewDraft(lines(), { documentType: "BILL", interState: false });
    expect(preview.amounts).toMatchObject({ taxablePaise: 21000, cgstPaise: 0, totalPaise: 21000 });
  });

  it("flags the lines that cannot be priced and still previews the rest", () => {
    const [riceLine, delivery] = lines() as [DraftLine, DraftLine];
    const preview = previewDraft(
      [
        { ...riceLine, quantity: "1,5" },
        { ...delivery, discount: "31" },
        { ...freeTextLine(0), rate: "10" },
        { ...riceLine, quantity: "1" },
      ],
      { documentType: "TAX_INVOICE", interState: false },
    );
    expect(preview.valid).toBe(false);
    expect(preview.problems).toEqual([
      { quantity: "quantityInvalid" },
      { discount: "discountTooHigh" },
      { description: "descriptionRequired" },
      {},
    ]);
    expect(preview.lineTotals).toEqual([null, null, 1000, 12600]);
    expect(preview.amounts?.totalPaise).toBe(13600);
  });
});

describe("issueItem", () => {
  it("sends every value the preview used, so the issued bill matches it", () => {
    const [riceLine, delivery] = lines() as [DraftLine, DraftLine];
    expect(
      issueItem({ ...riceLine, discount: "5" }, { documentType: "TAX_INVOICE", registered: true }),
    ).toEqual({
      productId: "p1",
      description: "Basmati Rice",
      quantity: "1.5",
      unit: "kg",
      ratePaise: 12000,
      discountPaise: 500,
      gstRateBp: 500,
      hsn: "1006",
    });
    expect(issueItem(delivery, { documentType: "BILL", registered: false })).toEqual({
      description: "Delivery",
      quantity: "1",
      ratePaise: 3000,
    });
  });
});
