import { formatInrPlain } from "@/lib/money/paise";
import { textHeight, writeText } from "./pdf-write-text";

export const PAGE_MARGIN = 40;

// Amounts say "Rs.": neither Helvetica nor Noto's Latin subset has the ₹ glyph (only the
// Devanagari subset does), and amounts stay in one typeface with the tables.
export function rupees(paise: number): string {
  return `Rs. ${formatInrPlain(paise)}`;
}

export type Cell = { text: string; width: number; align: "left" | "right" };

/** One table row at the cursor, wrapped cells, a hairline under it; a new page when it would not fit. */
export function drawRow(pdf: PDFKit.PDFDocument, cells: Cell[], bold: boolean) {
  const style = { size: 8, bold };
  const height = Math.max(
    ...cells.map((cell) => textHeight(pdf, cell.text, { ...style, width: cell.width - 4 })),
  );
  if (pdf.y + height + 6 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
  const top = pdf.y;
  let x = PAGE_MARGIN;
  for (const cell of cells) {
    writeText(
      pdf,
      cell.text,
      { ...style, width: cell.width - 4, align: cell.align },
      { x: x + 2, y: top + 3 },
    );
    x += cell.width;
  }
  pdf.y = top + height + 6;
  pdf.moveTo(PAGE_MARGIN, pdf.y).lineTo(x, pdf.y).strokeColor("#999999").lineWidth(0.5).stroke();
  pdf.x = PAGE_MARGIN;
}
