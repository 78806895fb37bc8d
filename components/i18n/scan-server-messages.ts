import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Test helper for server-messages.test.ts (Node only, never imported by the app): finds the
// user-facing messages in server/**/*.ts and lib/**/*.ts (validation messages shared with the
// browser) by reading the source text. A value computed in a message
// becomes {{n}}, or "{{text}}" when it is printed in double quotes.

// Not user-facing: start-up configuration, demo data, test helpers.
const SKIPPED_FILES = [/\.test\.ts$/, /^server\/test\//, /^server\/seed\//, /^server\/env\.ts$/];

function serverFiles(root: string, dir = "server"): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return serverFiles(root, file);
    return file.endsWith(".ts") && !SKIPPED_FILES.some((skip) => skip.test(file)) ? [file] : [];
  });
}

// --- A small reader for call arguments: strings, templates, regex literals and nesting. ---

type Literal = { text: string; before: string; after: string };

/** Index just past the string or template starting at `start`; templates also return their text. */
function readQuoted(source: string, start: number): { end: number; text: string } {
  const quote = source[start];
  let text = "";
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === "\\") {
      text += source[i + 1];
      i += 2;
    } else if (quote === "`" && source.startsWith("${", i)) {
      const end = skipBalanced(source, i + 1);
      // A value printed in quotes is user text; any other expression is (usually) a number.
      text += text.endsWith('"') && source[end] === '"' ? "{{text}}" : "{{n}}";
      i = end;
    } else {
      text += source[i];
      i += 1;
    }
  }
  return { end: i + 1, text };
}

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** From an opening bracket to just past its closing one, skipping quoted text and regexes. */
function skipBalanced(source: string, open: number): number {
  const closers: string[] = [];
  let i = open;
  while (i < source.length) {
    const char = source[i] ?? "";
    if (char === '"' || char === "'" || char === "`") {
      i = readQuoted(source, i).end;
      continue;
    }
    if (char === "/" && /[(,=:[!&|?{};]\s*$/.test(source.slice(Math.max(0, i - 20), i))) {
      i = skipRegex(source, i);
      continue;
    }
    const closer = OPENERS[char];
    if (closer) closers.push(closer);
    else if (char === closers.at(-1)) {
      closers.pop();
      if (closers.length === 0) return i + 1;
    }
    i += 1;
  }
  return source.length;
}

function skipRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i];
    if (char === "\\") i += 1;
    else if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (char === "/" && !inClass) return i + 1;
  }
  return source.length;
}

/** The top-level arguments of the call whose "(" is at `open`, as source text. */
function callArguments(source: string, open: number): string[] {
  const end = skipBalanced(source, open);
  const args: string[] = [];
  let from = open + 1;
  for (let i = from; i < end - 1; ) {
    const char = source[i] ?? "";
    if (char === '"' || char === "'" || char === "`") i = readQuoted(source, i).end;
    else if (OPENERS[char]) i = skipBalanced(source, i);
    else {
      if (char === ",") {
        args.push(source.slice(from, i).trim());
        from = i + 1;
      }
      i += 1;
    }
  }
  args.push(source.slice(from, end - 1).trim());
  return args.filter((arg) => arg !== "");
}

/** Every string and template literal in `code`, with the code just before and after it. */
function literalsIn(code: string): Literal[] {
  const found: Literal[] = [];
  for (let i = 0; i < code.length; ) {
    const char = code[i] ?? "";
    if (char === '"' || char === "'" || char === "`") {
      const { end, text } = readQuoted(code, i);
      found.push({ text, before: code.slice(0, i).trimEnd(), after: code.slice(end).trimStart() });
      i = end;
    } else if (char === "/" && /[(,=:[!&|?{};]\s*$/.test(code.slice(0, i))) {
      i = skipRegex(code, i);
    } else i += 1;
  }
  return found;
}

/** Literals that can be the message: not object keys, codes ("NOT_FOUND"), or compared values. */
function messagesIn(code: string): string[] {
  return literalsIn(code)
    .filter(({ text, before, after }) => {
      if (text.trim() === "" || /^[A-Z_]+$/.test(text) || /[!=]==?$/.test(before)) return false;
      const isKey = after.startsWith("]") || (after.startsWith(":") && !before.endsWith("?"));
      return !isKey;
    })
    .map(({ text }) => text);
}

/** Values given to `message:` / `error:` (also `error: () => "…"`) in an options object. */
function optionMessages(code: string): string[] {
  return literalsIn(code)
    .filter(({ before }) => /\b(message|error):\s*(\(\)\s*=>)?$/.test(before))
    .map(({ text }) => text);
}

const ZOD_CHECKS =
  /\.(min|max|length|gt|gte|lt|lte|regex|refine|int|positive|nonnegative|nonempty|email|url|uuid|number|string|enum|addIssue)\(/g;

export type Found = { file: string; message: string };

function scan(root: string, file: string): Found[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const found: Found[] = [];
  const add = (messages: string[]) => {
    for (const message of messages) found.push({ file, message });
  };
  const calls = (pattern: RegExp, take: (args: string[]) => string[]) => {
    for (const match of source.matchAll(pattern)) {
      add(take(callArguments(source, (match.index ?? 0) + match[0].length - 1)));
    }
  };
  calls(/\bnew AppError\(/g, (args) => args.slice(1).flatMap(messagesIn));
  calls(/\bnew (InvalidAmountError|InvalidQuantityError)\(/g, (args) => args.flatMap(messagesIn));
  calls(/\bnew TRPCError\(/g, (args) => args.flatMap(optionMessages));
  calls(/\bforbidden\(/g, (args) => args.flatMap(messagesIn));
  calls(/\bnotFound\(/g, (args) => args.flatMap(messagesIn).map((what) => `${what} not found`));
  calls(ZOD_CHECKS, (args) => {
    const last = args.at(-1) ?? "";
    const lastIsText = /^["'`]/.test(last) && literalsIn(last).length === 1;
    return [...(lastIsText ? messagesIn(last) : []), ...args.flatMap(optionMessages)];
  });
  // The default message of forbidden().
  for (const match of source.matchAll(/\(message = "([^"]+)"\)/g)) add([match[1] ?? ""]);
  return found;
}

/** Every message the server code can send, with the file that says it. */
export function scanServerMessages(root: string): Found[] {
  return [...serverFiles(root, "server"), ...serverFiles(root, "lib")].flatMap((file) => scan(root, file));
}
