import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeCsvCell, rupees, toCsv, unguardCsvCell } from "./to-csv";

describe("escapeCsvCell", () => {
  it("quotes fields with commas, quotes and line breaks and doubles inner quotes (RFC 4180)", () => {
    expect(escapeCsvCell("Gupta, Ram")).toBe('"Gupta, Ram"');
    expect(escapeCsvCell('5" pipe')).toBe('"5"" pipe"');
    expect(escapeCsvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(escapeCsvCell("plain")).toBe("plain");
    expect(escapeCsvCell(null)).toBe("");
  });

  it.each(['=HYPERLINK("http://evil")', "+91 98765", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"])(
    "prefixes text starting with a formula character with an apostrophe: %j",
    (text) => {
      expect(escapeCsvCell(text).replace(/^"/, "").startsWith(`'${text[0]}`)).toBe(true);
    },
  );

  it("keeps a quoted formula guarded inside the quotes", () => {
    expect(escapeCsvCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
  });

  it("writes amounts the app produced as plain numbers, negatives included", () => {
    expect(escapeCsvCell(rupees(-123450))).toBe("-1234.50");
    expect(escapeCsvCell(rupees(5))).toBe("0.05");
    expect(escapeCsvCell(42)).toBe("42");
  });
});

describe("toCsv", () => {
  it("writes a header, CRLF line ends and a UTF-8 BOM, and parses back to the same values", () => {
    const csv = toCsv(
      ["name", "amount"],
      [
        ["राम शर्मा", rupees(10000)],
        ["=evil()", rupees(-50)],
      ],
    );
    expect(csv.startsWith("\uFEFFname,amount\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ["name", "amount"],
      ["राम शर्मा", "100.00"],
      ["'=evil()", "-0.50"],
    ]);
    expect(unguardCsvCell(parsed.data[2]?.[0] ?? "")).toBe("=evil()");
  });

  it("unguards only what the guard added", () => {
    expect(unguardCsvCell("'hello")).toBe("'hello");
    expect(unguardCsvCell("'-5")).toBe("-5");
    expect(unguardCsvCell("'")).toBe("'");
  });
});
