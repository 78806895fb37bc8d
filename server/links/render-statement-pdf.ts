import PDFDocument from "pdfkit";
import { formatInrPlain } from "@/lib/money/paise";
import { registerInvoiceFonts } from "../invoices/pdf-fonts";
import { writeText } from "../invoices/pdf-write-text";
import { type Cell, drawRow, PAGE_MARGIN, rupees } from "../invoices/render-pdf-text";
import type { PublicStatement } from "./public-statement";
import type { StatementLine } from "./statement-lines";

const MODE: Record<string, string> = { CASH: "cash", UPI: "UPI", CARD: "card", BANK: "bank", OTHER: "other" };

/** How a line reads on paper, by the same rule as the page: undone lines are named, not counted. */
export function statementLineLabel(line: StatementLine): string {
  const bill = line.invoiceNumber ? `Bill ${line.invoiceNumber}` : null;
  const paid = `Payment received${line.paymentMode ? ` (${MODE[line.paymentMode]})` : ""}`;
  const base = line.amountPaise > 0 ? (bill ?? "Goods / credit") : paid;
  if (line.kind === "REVERSAL") return "Entry undone (not counted)";
  if (line.kind === "UNDONE") return `${base}, undone (not counted)`;
  if (line.kind === "ADJUSTMENT") return "Opening balance / adjustment";
  return base;
}

const WIDTHS = { date: 62, gave: 80, got: 80, balance: 88 };

function cells(line: StatementLine, descriptionWidth: number): Cell[] {
  const counted = line.kind !== "UNDONE" && line.kind !== "REVERSAL";
  const amount = formatInrPlain(Math.abs(line.amountPaise));
  const shown = counted ? amount : `(${amount})`;
  return [
    { text: line.date, width: WIDTHS.date, align: "left" },
    { text: statementLineLabel(line), width: descriptionWidth, align: "left" },
    { text: line.amountPaise > 0 ? shown : "", width: WIDTHS.gave, align: "right" },
    { text: line.amountPaise < 0 ? shown : "", width: WIDTHS.got, align: "right" },
    { text: formatInrPlain(line.balancePaise), width: WIDTHS.balance, align: "right" },
  ];
}

/** A4 PDF of a customer's statement, in the invoice PDF's style and fonts. Pure: data in, bytes out. */
export function renderStatementPdf(statement: PublicStatement): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: PAGE_MARGIN,
    info: {
      Title: `Statement ${statement.from ?? "start"} to ${statement.to}`,
      Author: statement.business.name,
    },
  });
  registerInvoiceFonts(pdf);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const width = pdf.page.width - PAGE_MARGIN * 2;
  pdf.font("Helvetica-Bold").fontSize(16).text("STATEMENT OF ACCOUNT", { align: "center" });
  pdf.moveDown(0.5);
  const { business } = statement;
  writeText(pdf, business.name, { size: 12, bold: true, width }, { x: PAGE_MARGIN });
  const details = [
    business.address,
    business.phone && `Phone: ${business.phone}`,
    business.gstin && `GSTIN: ${business.gstin}`,
  ];
  writeText(pdf, details.filter(Boolean).join("\n"), { size: 9, width });
  pdf.moveDown(0.5);
  writeText(pdf, `Customer: ${statement.customerName}`, { size: 10, bold: true, width });
  writeText(pdf, `Period: ${statement.from ?? "first entry"} to ${statement.to}`, { size: 10, width });
  pdf.moveDown(0.5);
  const descriptionWidth = width - WIDTHS.date - WIDTHS.gave - WIDTHS.got - WIDTHS.balance;
  drawRow(
    pdf,
    [
      { text: "Date", width: WIDTHS.date, align: "left" },
      { text: "Entry", width: descriptionWidth, align: "left" },
      { text: "You took (Rs.)", width: WIDTHS.gave, align: "right" },
      { text: "You paid (Rs.)", width: WIDTHS.got, align: "right" },
      { text: "Balance (Rs.)", width: WIDTHS.balance, align: "right" },
    ],
    true,
  );
  const opening = statement.truncated ? "Opening balance (with earlier entries)" : "Opening balance";
  drawRow(
    pdf,
    [
      { text: statement.from ?? "", width: WIDTHS.date, align: "left" },
      { text: opening, width: descriptionWidth + WIDTHS.gave + WIDTHS.got, align: "left" },
      { text: formatInrPlain(statement.openingPaise), width: WIDTHS.balance, align: "right" },
    ],
    false,
  );
  for (const line of statement.lines) drawRow(pdf, cells(line, descriptionWidth), false);
  pdf.moveDown(0.5);
  const total = { size: 10, bold: true, width, align: "right" as const };
  writeText(pdf, `Balance on ${statement.to}: ${rupees(statement.closingPaise)}`, total, { x: PAGE_MARGIN });
  writeText(pdf, `Amount due today: ${rupees(Math.max(statement.duePaise, 0))}`, total);
  writeText(pdf, "Amounts in brackets were undone and are not counted.", { size: 8, width });
  if (statement.upiQrDataUrl) {
    pdf.moveDown(1);
    if (pdf.y + 130 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
    const top = pdf.y;
    pdf.image(statement.upiQrDataUrl, PAGE_MARGIN, top, { width: 100 });
    writeText(
      pdf,
      `Scan with any UPI app to pay ${rupees(statement.duePaise)}`,
      { size: 9, width: 200 },
      {
        x: PAGE_MARGIN,
        y: top + 104,
      },
    );
  }
  pdf.end();
  return done;
}
