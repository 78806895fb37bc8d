import { fontName, helveticaCan, type Run, scriptRuns, type Weight } from "./pdf-fonts";

export type WriteOptions = {
  size: number;
  bold?: boolean;
  width: number;
  align?: "left" | "right" | "center";
};

type Line = { runs: Run[]; width: number };

function weightOf(options: WriteOptions): Weight {
  return options.bold ? "bold" : "regular";
}

function runWidth(pdf: PDFKit.PDFDocument, run: Run, options: WriteOptions): number {
  return pdf
    .font(fontName(run.face, weightOf(options)))
    .fontSize(options.size)
    .widthOfString(run.text);
}

/** Appends `runs` to `into`, joining neighbours of the same font so each is shaped in one piece. */
function append(into: Run[], runs: Run[]) {
  for (const run of runs) {
    const last = into.at(-1);
    if (last && last.face === run.face) last.text += run.text;
    else into.push({ ...run });
  }
}

/** Greedy word wrap of one paragraph; a word longer than the width gets a line of its own. */
function wrap(pdf: PDFKit.PDFDocument, paragraph: string, options: WriteOptions): Line[] {
  const lines: Line[] = [];
  let line: Line = { runs: [], width: 0 };
  for (const word of paragraph.split(/ +/).filter((part) => part !== "")) {
    const runs = scriptRuns(line.runs.length > 0 ? ` ${word}` : word);
    const width = runs.reduce((total, run) => total + runWidth(pdf, run, options), 0);
    if (line.runs.length > 0 && line.width + width > options.width) {
      lines.push(line);
      const alone = scriptRuns(word);
      line = { runs: alone, width: alone.reduce((total, run) => total + runWidth(pdf, run, options), 0) };
    } else {
      append(line.runs, runs);
      line.width += width;
    }
  }
  lines.push(line);
  return lines;
}

function inHelvetica(pdf: PDFKit.PDFDocument, options: WriteOptions) {
  return pdf.font(fontName("helvetica", weightOf(options))).fontSize(options.size);
}

function notoLineHeight(pdf: PDFKit.PDFDocument, options: WriteOptions): number {
  return pdf
    .font(fontName("noto-latin", weightOf(options)))
    .fontSize(options.size)
    .currentLineHeight(true);
}

// Paragraphs Helvetica can print go to pdfkit as they are; the others are laid out here.
function paragraphHeight(pdf: PDFKit.PDFDocument, paragraph: string, options: WriteOptions): number {
  if (helveticaCan(paragraph)) {
    return inHelvetica(pdf, options).heightOfString(paragraph, { width: options.width });
  }
  return wrap(pdf, paragraph, options).length * notoLineHeight(pdf, options);
}

/** Height `writeText` will use for this text in this width. */
export function textHeight(pdf: PDFKit.PDFDocument, text: string, options: WriteOptions): number {
  if (helveticaCan(text)) return inHelvetica(pdf, options).heightOfString(text, { width: options.width });
  const paragraphs = text.split("\n").map((paragraph) => paragraph || " ");
  return paragraphs.reduce((total, paragraph) => total + paragraphHeight(pdf, paragraph, options), 0);
}

function writeNoto(pdf: PDFKit.PDFDocument, paragraph: string, options: WriteOptions, x: number) {
  const lineHeight = notoLineHeight(pdf, options);
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  for (const line of wrap(pdf, paragraph, options)) {
    if (pdf.y + lineHeight > bottom && pdf.y > pdf.page.margins.top) pdf.addPage();
    const y = pdf.y;
    const free = options.width - line.width;
    let runX = x + (options.align === "right" ? free : options.align === "center" ? free / 2 : 0);
    for (const run of line.runs) {
      pdf.font(fontName(run.face, weightOf(options))).fontSize(options.size);
      pdf.text(run.text, runX, y, { lineBreak: false });
      runX += pdf.widthOfString(run.text);
    }
    pdf.y = y + lineHeight;
  }
}

/**
 * Writes text at (x, y) — the cursor when left out — wrapped to the width, and leaves the cursor
 * under it. Latin-1 text goes to pdfkit as it is (Helvetica). A paragraph with Devanagari (or ₹)
 * is laid out here in Noto runs, because one pdfkit text call can only use one font.
 */
export function writeText(
  pdf: PDFKit.PDFDocument,
  text: string,
  options: WriteOptions,
  at: { x?: number; y?: number } = {},
) {
  const x = at.x ?? pdf.x;
  pdf.y = at.y ?? pdf.y;
  const paragraphs = helveticaCan(text) ? [text] : text.split("\n").map((paragraph) => paragraph || " ");
  for (const paragraph of paragraphs) {
    if (helveticaCan(paragraph)) {
      const align = options.align ?? "left";
      inHelvetica(pdf, options).text(paragraph, x, pdf.y, { width: options.width, align });
    } else {
      writeNoto(pdf, paragraph, options, x);
    }
  }
  pdf.x = x;
}
