import { formatInrPlain } from "../money/paise";

// Helvetica (built into every PDF reader) has no ₹ glyph and no Devanagari: amounts say "Rs.".
export const PAGE_MARGIN = 40;

/** Text the standard PDF fonts can show: rupee sign spelled out, other non-Latin-1 marks replaced. */
export function pdfText(value: string): string {
  return value.replaceAll("₹", "Rs.").replace(/[^\t\n -~\u00a0-\u00ff]/g, "?");
}

export function rupees(paise: number): string {
  return `Rs. ${formatInrPlain(paise)}`;
}

export type Cell = { text: string; width: number; align: "left" | "right" };

/** One table row at the cursor, wrapped cells, a hairline under it; a new page when it would not fit. */
export function drawRow(pdf: PDFKit.PDFDocument, cells: Cell[], bold: boolean) {
  pdf.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
  const height = Math.max(...cells.map((cell) => pdf.heightOfString(cell.text, { width: cell.width - 4 })));
  if (pdf.y + height + 6 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
  const top = pdf.y;
  let x = PAGE_MARGIN;
  for (const cell of cells) {
    pdf.text(cell.text, x + 2, top + 3, { width: cell.width - 4, align: cell.align });
    x += cell.width;
  }
  pdf.y = top + height + 6;
  pdf.moveTo(PAGE_MARGIN, pdf.y).lineTo(x, pdf.y).strokeColor("#999999").lineWidth(0.5).stroke();
  pdf.x = PAGE_MARGIN;
}
