/** The import template as a data: URL (header row only), made in the browser: no request needed. */
export function templateCsvHref(headers: readonly string[]): string {
  // The BOM makes Excel open (and save back) Hindi names as UTF-8.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${headers.join(",")}\r\n`)}`;
}

/** Data rows in a CSV text (non-empty lines after the header); a quick count for the user. */
export function countDataRows(csv: string): number {
  return Math.max(0, csv.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "").length - 1);
}
