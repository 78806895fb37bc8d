import PDFDocument from "pdfkit";
import type { DocumentParty, InvoiceDocument } from "./document-types";
import { registerInvoiceFonts } from "./pdf-fonts";
import { writeText } from "./pdf-write-text";
import { drawLinesTable, drawTaxBreakup, drawTotals } from "./render-pdf-tables";
import { PAGE_MARGIN, rupees } from "./render-pdf-text";

/** A4 PDF of one invoice. Pure: the document in, the file's bytes out. */
export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: PAGE_MARGIN,
    info: { Title: `${document.title} ${document.number}`, Author: document.business.name },
  });
  registerInvoiceFonts(pdf);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  drawHeader(pdf, document);
  drawLinesTable(pdf, document);
  drawTotals(pdf, document);
  if (document.showTax && document.taxBreakup.length > 0) drawTaxBreakup(pdf, document);
  drawFooter(pdf, document);
  pdf.end();
  return done;
}

function partyDetails(party: DocumentParty): string {
  const lines: string[] = [];
  if (party.address) lines.push(party.address);
  if (party.phone) lines.push(`Phone: ${party.phone}`);
  if (party.gstin) lines.push(`GSTIN: ${party.gstin}`);
  if (party.stateCode) lines.push(`State: ${party.stateName ?? ""} (${party.stateCode})`);
  return lines.join("\n");
}

function drawHeader(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  const half = (pdf.page.width - PAGE_MARGIN * 2) / 2 - 10;
  const right = pdf.page.width / 2 + 10;
  pdf.font("Helvetica-Bold").fontSize(16).text(document.title.toUpperCase(), { align: "center" });
  if (document.cancelled) {
    pdf.fillColor("#b91c1c").fontSize(12).text("CANCELLED", { align: "center" }).fillColor("black");
  }
  pdf.moveDown(0.5);
  const top = pdf.y;
  writeText(pdf, document.business.name, { size: 12, bold: true, width: half }, { x: PAGE_MARGIN, y: top });
  writeText(pdf, partyDetails(document.business), { size: 9, width: half });
  const leftBottom = pdf.y;
  const meta = [
    `${document.title} No: ${document.number}`,
    `Date: ${document.issuedDate}`,
    `Place of supply: ${document.placeOfSupply.label}`,
  ];
  writeText(pdf, meta.join("\n"), { size: 10, width: half }, { x: right, y: top });
  pdf.moveDown(0.5);
  writeText(pdf, "Bill to", { size: 10, bold: true, width: half });
  writeText(pdf, document.customer.name, { size: 10, width: half });
  writeText(pdf, partyDetails(document.customer), { size: 9, width: half });
  pdf.x = PAGE_MARGIN;
  pdf.y = Math.max(leftBottom, pdf.y) + 12;
}

function drawFooter(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  const width = pdf.page.width - PAGE_MARGIN * 2;
  pdf.moveDown(0.5);
  writeText(
    pdf,
    `Amount in words: ${document.amountInWords}`,
    { size: 9, bold: true, width },
    { x: PAGE_MARGIN },
  );
  const small = { size: 9, width };
  if (document.documentType === "BILL_OF_SUPPLY") {
    writeText(pdf, "Composition taxable person, not eligible to collect tax on supplies.", small);
  }
  if (document.notes) writeText(pdf, `Notes: ${document.notes}`, small);
  if (document.cancelled?.reason) writeText(pdf, `Cancellation reason: ${document.cancelled.reason}`, small);
  pdf.moveDown(1);
  if (pdf.y + 130 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
  const top = pdf.y;
  if (document.upiQrDataUrl) {
    pdf.image(document.upiQrDataUrl, PAGE_MARGIN, top, { width: 100 });
    writeText(
      pdf,
      `Scan with any UPI app to pay ${rupees(document.totals.duePaise)}`,
      { size: 9, width: 200 },
      { x: PAGE_MARGIN, y: top + 104 },
    );
  }
  const signX = PAGE_MARGIN + width / 2;
  const signature = { size: 10, bold: true, width: width / 2, align: "right" as const };
  writeText(pdf, `For ${document.business.name}`, signature, { x: signX, y: top });
  writeText(pdf, "Authorised signatory", { ...signature, size: 9, bold: false }, { x: signX, y: top + 50 });
  pdf.x = PAGE_MARGIN;
}
