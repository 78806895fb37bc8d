export type PaperSize = "a4" | "thermal";

const PAGE: Record<PaperSize, string> = {
  a4: "size: A4; margin: 12mm;",
  // 80 mm roll: the content column is ~72 mm; the page grows with the bill.
  thermal: "size: 80mm auto; margin: 3mm;",
};

/**
 * Print rules scoped to pages that show an invoice: the app's header, navigation and every
 * [data-print-hide] control disappear, so window.print() gives just the document.
 */
export function InvoicePrintStyles({ paper = "a4" }: { paper?: PaperSize }) {
  const css = `@media print {
  @page { ${PAGE[paper]} }
  html, body { background: #fff !important; }
  body:has(#invoice-document) header, body:has(#invoice-document) nav, [data-print-hide] { display: none !important; }
  body:has(#invoice-document) main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  #invoice-document { border: 0 !important; box-shadow: none !important; padding: 0 !important; }
  #invoice-document table, #invoice-document tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;
  return <style>{css}</style>;
}
