import { formatInrPlain } from "@/lib/money/paise";
import type { DocumentLine, InvoiceDocument, TaxBreakupRow } from "./document-types";
import { type Cell, drawRow, PAGE_MARGIN, rupees } from "./render-pdf-text";

type Column<Row> = Omit<Cell, "text"> & { title: string; value: (row: Row) => string };

const money = (paise: number) => formatInrPlain(paise);
const quantityWithUnit = (line: DocumentLine) =>
  line.unit ? `${line.quantity} ${line.unit}` : line.quantity;

function lineColumns(document: InvoiceDocument, width: number): Column<DocumentLine>[] {
  const fixed: Column<DocumentLine>[] = document.showTax
    ? [
        { title: "HSN", width: 42, align: "left", value: (line) => line.hsn ?? "" },
        { title: "Qty", width: 52, align: "right", value: quantityWithUnit },
        { title: "Rate", width: 55, align: "right", value: (line) => money(line.ratePaise) },
        { title: "Taxable", width: 60, align: "right", value: (line) => money(line.taxablePaise) },
        { title: "GST", width: 32, align: "right", value: (line) => line.gstRate },
        {
          title: "Tax",
          width: 55,
          align: "right",
          value: (line) => money(line.cgstPaise + line.sgstPaise + line.igstPaise),
        },
        { title: "Amount", width: 62, align: "right", value: (line) => money(line.totalPaise) },
      ]
    : [
        { title: "Qty", width: 62, align: "right", value: quantityWithUnit },
        { title: "Rate", width: 70, align: "right", value: (line) => money(line.ratePaise) },
        { title: "Discount", width: 60, align: "right", value: (line) => money(line.discountPaise) },
        { title: "Amount", width: 80, align: "right", value: (line) => money(line.totalPaise) },
      ];
  const used = 18 + fixed.reduce((total, column) => total + column.width, 0);
  return [
    { title: "#", width: 18, align: "left", value: (line) => String(line.position) },
    { title: "Description", width: width - used, align: "left", value: (line) => line.description },
    ...fixed,
  ];
}

function drawTable<Row>(pdf: PDFKit.PDFDocument, columns: Column<Row>[], rows: Row[]) {
  drawRow(
    pdf,
    columns.map((column) => ({ ...column, text: column.title })),
    true,
  );
  for (const row of rows) {
    drawRow(
      pdf,
      columns.map((column) => ({ ...column, text: column.value(row) })),
      false,
    );
  }
}

export function drawLinesTable(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  drawTable(pdf, lineColumns(document, pdf.page.width - PAGE_MARGIN * 2), document.lines);
}

function totalRows(document: InvoiceDocument): [string, string][] {
  const totals = document.totals;
  const rows: [string, string][] = [["Subtotal", rupees(totals.subtotalPaise)]];
  if (totals.discountPaise > 0) rows.push(["Discount", `- ${rupees(totals.discountPaise)}`]);
  if (document.showTax) {
    rows.push(["Taxable value", rupees(totals.taxablePaise)]);
    if (document.interState) rows.push(["IGST", rupees(totals.igstPaise)]);
    else rows.push(["CGST", rupees(totals.cgstPaise)], ["SGST", rupees(totals.sgstPaise)]);
  }
  if (totals.roundOffPaise !== 0) {
    const sign = totals.roundOffPaise > 0 ? "+" : "-";
    rows.push(["Round off", `${sign} ${rupees(Math.abs(totals.roundOffPaise))}`]);
  }
  rows.push(["Total", rupees(totals.totalPaise)]);
  if (totals.paidPaise > 0) rows.push(["Paid", rupees(totals.paidPaise)]);
  rows.push(["Amount due", rupees(totals.duePaise)]);
  return rows;
}

export function drawTotals(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  const labelX = pdf.page.width - PAGE_MARGIN - 240;
  pdf.moveDown(0.5);
  for (const [label, value] of totalRows(document)) {
    if (pdf.y + 14 > pdf.page.height - PAGE_MARGIN) pdf.addPage();
    const top = pdf.y;
    pdf.font(label === "Total" || label === "Amount due" ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    pdf.text(label, labelX, top, { width: 120 });
    pdf.text(value, labelX + 120, top, { width: 120, align: "right" });
    pdf.y = top + 13;
  }
  pdf.x = PAGE_MARGIN;
}

export function drawTaxBreakup(pdf: PDFKit.PDFDocument, document: InvoiceDocument) {
  const tax = (title: string, pick: (row: TaxBreakupRow) => number): Column<TaxBreakupRow> => ({
    title,
    width: 85,
    align: "right",
    value: (row) => money(pick(row)),
  });
  const columns: Column<TaxBreakupRow>[] = [
    { title: "GST rate", width: 60, align: "left", value: (row) => row.gstRate },
    tax("Taxable value", (row) => row.taxablePaise),
    ...(document.interState
      ? [tax("IGST", (row) => row.igstPaise)]
      : [tax("CGST", (row) => row.cgstPaise), tax("SGST", (row) => row.sgstPaise)]),
    tax("Total tax", (row) => row.taxPaise),
  ];
  pdf.moveDown(0.5);
  pdf.font("Helvetica-Bold").fontSize(9).text("Tax breakup", PAGE_MARGIN);
  drawTable(pdf, columns, document.taxBreakup);
}
