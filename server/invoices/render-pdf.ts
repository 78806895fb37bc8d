import PDFDocument from "pdfkit";
import type { DocumentParty, InvoiceDocument } from "./document-types";
import { drawLinesTable, drawTaxBreakup, drawTotals } from "./render-pdf-tables";
import { PAGE_MARGIN, pdfText, rupees } from "./render-pdf-text";

/** A4 PDF of one invoice. Pure: the document in, the file's bytes out. */
export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: PAGE_MARGIN,
    info: { Title: `${document.title} ${document.number}`, Author: pdfText(document.business.name) },
  });
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
  return pdfText(lines.join("\n"));
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
  pdf
    .font("Helvetica-Bold")
    .fontSize(12)
    .text(pdfText(document.business.name), PAGE_MARGIN, top, { width: half });
  pdf.font("Helvetica").fontSize(9).text(partyDetails(document.business), { width: half });
  const leftBottom = pdf.y;
  const meta = [
    `${document.title} No: ${document.number}`,
    `Date: ${document.issuedDate}`,
    `Place of supply: ${pdfText(document.placeOfSupply.label)}`,
  ];
  pdf.font("Helvetica").fontSize(10).text(meta.join("\n"), right, top, { width: half });
  pdf.moveDown(0.5);
  pdf.font("Helvetica-Bold").text("Bill to", { width: half });
  pdf.font("Helvetica").text(pdfText(document.customer.name), { width: half });
  pdf.fontSize(9).text(partyDetails(document.customer), { width: half });
  pdf.x = PAGE_MARGIN;
  pdf.y = Math.max(leftBottom, pdf.y) + 12;
}

function drawFooter(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  const width = pdf.page.width - PAGE_MARGIN * 2;
  pdf.moveDown(0.5);
  pdf
    .font("Helvetica-Bold")
    .fontSize(9)
    .text(`Amount in words: ${document.amountInWords}`, PAGE_MARGIN, pdf.y, {
      width,
    });
  pdf.font("Helvetica");
  if (document.documentType === "BILL_OF_SUPPLY") {
    pdf.text("Composition taxable person, not eligible to collect tax on supplies.", { width });
  }
  if (document.notes) pdf.text(`Notes: ${pdfText(document.notes)}`, { width });
  if (document.cancelled?.reason)
    pdf.text(`Cancellation reason: ${pdfText(document.cancelled.reason)}`, { width });
  pdf.moveDown(1);
  if (pdf.y + 130 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
  const top = pdf.y;
  if (document.upiQrDataUrl) {
    pdf.image(document.upiQrDataUrl, PAGE_MARGIN, top, { width: 100 });
    pdf.text(`Scan with any UPI app to pay ${rupees(document.totals.duePaise)}`, PAGE_MARGIN, top + 104, {
      width: 200,
    });
  }
  const signX = PAGE_MARGIN + width / 2;
  pdf.font("Helvetica-Bold").fontSize(10);
  pdf.text(`For ${pdfText(document.business.name)}`, signX, top, { width: width / 2, align: "right" });
  pdf
    .font("Helvetica")
    .fontSize(9)
    .text("Authorised signatory", signX, top + 50, { width: width / 2, align: "right" });
  pdf.x = PAGE_MARGIN;
}
