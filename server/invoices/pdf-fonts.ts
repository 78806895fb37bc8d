import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Fonts for invoice PDFs. Helvetica (built into every PDF reader) prints Latin-1 text. A paragraph
 * with Devanagari (or ₹, or other marks Helvetica lacks) is printed in Noto Sans Devanagari, from
 * the two subsets @fontsource/noto-sans-devanagari ships: "devanagari" (with ₹) and "latin". pdfkit's
 * fontkit reads the WOFF files and shapes conjuncts and matras. Only the fonts a document uses are
 * embedded, subset to the glyphs it prints.
 */
export type Weight = "regular" | "bold";
export type NotoFace = "noto-devanagari" | "noto-latin";
export type FontFace = "helvetica" | NotoFace;

const FONT_PACKAGE = "@fontsource/noto-sans-devanagari";
const SUBSET_OF: Record<NotoFace, string> = { "noto-devanagari": "devanagari", "noto-latin": "latin" };
const WEIGHT_FILE: Record<Weight, number> = { regular: 400, bold: 700 };

export function fontName(face: FontFace, weight: Weight): string {
  if (face === "helvetica") return weight === "bold" ? "Helvetica-Bold" : "Helvetica";
  return `${face === "noto-devanagari" ? "NotoSansDevanagari" : "NotoSansDevanagariLatin"}-${weight}`;
}

// Resolved from the app's node_modules at run time. Not through import.meta.url: the Next.js server
// build rewrites module-relative requires, and these files must be read from disk, not bundled.
function resolveFromApp(file: string): string {
  return createRequire(path.join(process.cwd(), "package.json")).resolve(`${FONT_PACKAGE}/${file}`);
}

type Range = [from: number, to: number];

/** "U+0900-097F,U+20B9" (the package's unicode.json) → [[0x900, 0x97f], [0x20b9, 0x20b9]]. */
function parseRanges(list: string): Range[] {
  return list.split(",").map((part) => {
    const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

type Loaded = { files: Map<string, Buffer>; devanagari: Range[]; latin: Range[] };
let loaded: Loaded | undefined;

/** Font files and their Unicode ranges, read once per process. */
function load(): Loaded {
  if (loaded) return loaded;
  const files = new Map<string, Buffer>();
  for (const [face, subset] of Object.entries(SUBSET_OF) as [NotoFace, string][]) {
    for (const [weight, number] of Object.entries(WEIGHT_FILE) as [Weight, number][]) {
      const file = `files/noto-sans-devanagari-${subset}-${number}-normal.woff`;
      files.set(fontName(face, weight), readFileSync(resolveFromApp(file)));
    }
  }
  const ranges = JSON.parse(readFileSync(resolveFromApp("unicode.json"), "utf8")) as Record<string, string>;
  loaded = {
    files,
    devanagari: parseRanges(ranges.devanagari ?? ""),
    latin: parseRanges(ranges.latin ?? ""),
  };
  return loaded;
}

export function registerInvoiceFonts(pdf: PDFKit.PDFDocument) {
  for (const [name, data] of load().files) pdf.registerFont(name, data);
}

const inRanges = (ranges: Range[], code: number) => ranges.some(([from, to]) => code >= from && code <= to);

// Helvetica's WinAnsi encoding: Latin-1 plus a few marks.
const HELVETICA_TEXT = /^[\t\n\r\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;

/** True when Helvetica alone can print the text: no Devanagari, no ₹, nothing else unusual. */
export function helveticaCan(text: string): boolean {
  return HELVETICA_TEXT.test(text);
}

export type Run = { face: NotoFace; text: string };

/**
 * Text Helvetica cannot print, cut into runs of the two Noto subsets (same design and metrics, so
 * they share a baseline and line height). Spaces stay in the run they follow, so a Hindi name is
 * one run and fontkit shapes it whole. Characters neither subset has print as "?".
 */
export function scriptRuns(text: string): Run[] {
  const fonts = load();
  const runs: Run[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const code = char.codePointAt(0) ?? 0;
    const face: NotoFace = inRanges(fonts.devanagari, code)
      ? "noto-devanagari"
      : char === " " && last
        ? last.face
        : "noto-latin";
    const printable = face === "noto-latin" && !inRanges(fonts.latin, code) ? "?" : char;
    if (last && last.face === face) last.text += printable;
    else runs.push({ face, text: printable });
  }
  return runs;
}
