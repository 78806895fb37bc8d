import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CUSTOMER_CSV_HEADERS } from "@/lib/customers/csv-headers";
import { computeInvoiceAmounts } from "@/lib/gst/tax";
import { parseQuantityToMilli } from "@/lib/quantity";
import enErrors from "@/messages/en/errors.json";
import hiErrors from "@/messages/hi/errors.json";
import { createProductInput, gstRateBp } from "@/server/products/schema";
import { scanServerMessages } from "./scan-server-messages";
import { translateServerMessage } from "./server-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const english: Record<string, string> = enErrors.server;
const hindi: Record<string, string> = hiErrors.server;

/**
 * Messages the scan finds but that are not keys as written (placeholders: {{n}} for an expression,
 * "{{text}}" for a quoted one). Each says why; the texts they produce are checked further down.
 */
const DELIBERATELY_UNKEYED: Record<string, string> = {
  "{{n}} not found": 'the notFound() helper itself; every notFound("X") call is checked by name',
  "Line {{n}}: {{n}} is archived":
    "names the product; the form shows its field error, 'This product is archived'",
  "{{n}} The first row must name the columns: {{n}}":
    "its two texts (unknown column, missing name column) are keyed in full, checked below",
  "Unit must be one of {{n}}": "built from PRODUCT_UNITS; the runtime text is checked below",
  "GST rate must be one of {{n}}": "built from GST_RATES; the default text is checked below",
};

const scanned = scanServerMessages(ROOT);
const hindiOf = (message: string) => translateServerMessage(hindi, message);

describe("server messages have translations (errors.json server)", () => {
  it("the scan finds the server's messages", () => {
    const messages = scanned.map((found) => found.message);
    for (const expected of [
      "Customer not found",
      "Only the shop owner can do this",
      "Sign in first",
      "This code was already used.",
      "Enter a 10-digit Indian mobile number",
      "Product not found",
      "Line {{n}}: product not found",
      '"{{text}}" has more than 3 decimal places',
      "At most {{n}} days at a time",
      "You do not have permission to do this",
    ]) {
      expect(messages).toContain(expected);
    }
  });

  it("every message the server sends has an entry in both languages", () => {
    const missing = scanned.filter(
      ({ message }) => !(message in english && message in hindi) && !(message in DELIBERATELY_UNKEYED),
    );
    expect(missing).toEqual([]);
  });

  it("every deliberate exclusion still exists in the code", () => {
    const messages = new Set(scanned.map((found) => found.message));
    for (const excluded of Object.keys(DELIBERATELY_UNKEYED)) expect(messages).toContain(excluded);
  });

  it("messages built at run time translate", () => {
    const unit = createProductInput.safeParse({ name: "Rice", unit: "tonne", pricePaise: 100 });
    const gst = gstRateBp.safeParse(1_200);
    const quantity = (text: string) => {
      try {
        parseQuantityToMilli(text);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    const taxError = (line: { quantityMilli: number; ratePaise: number; discountPaise: number }) => {
      try {
        computeInvoiceAmounts([{ ...line, gstRateBp: 0 }], { documentType: "BILL", interState: false });
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    const runtime = [
      unit.error?.issues.find((issue) => issue.path[0] === "unit")?.message ?? "",
      gst.error?.issues[0]?.message ?? "",
      quantity("1.2345"),
      quantity("abc"),
      taxError({ quantityMilli: 1_000, ratePaise: 100, discountPaise: 500 }),
      taxError({ quantityMilli: Number.MAX_SAFE_INTEGER, ratePaise: 10_00_00_000, discountPaise: 0 }),
    ];
    for (const message of runtime) {
      expect(message).not.toBe("");
      expect({ message, translated: hindiOf(message) !== message }).toEqual({ message, translated: true });
    }
  });

  it("keeps the numbers and quoted values of a message in the translation", () => {
    expect(hindiOf("Wrong code. 4 attempts left.")).toBe("ग़लत कोड। 4 कोशिशें बाकी।");
    expect(hindiOf("Wrong code. 1 attempt left.")).toBe("ग़लत कोड। 1 कोशिश बाकी।");
    expect(hindiOf("At most 5000 customers per file; this one has 6200.")).toBe(
      "एक फ़ाइल में ज़्यादा से ज़्यादा 5000 ग्राहक; इस फ़ाइल में 6200 हैं।",
    );
    expect(hindiOf('"1.2345" has more than 3 decimal places')).toBe('"1.2345" में दशमलव के बाद 3 से ज़्यादा अंक हैं');
    expect(hindiOf("Use a date like 2026-04-01")).toBe("तारीख़ ऐसे लिखें: 2026-04-01");
    expect(hindiOf("Something the server never said 3 times")).toBe(
      "Something the server never said 3 times",
    );
    expect(translateServerMessage(english, "Wrong code. 4 attempts left.")).toBe(
      "Wrong code. 4 attempts left.",
    );
  });

  it("row messages of the customer import translate, including the CSV reader's own", () => {
    const importer = readFileSync(path.join(ROOT, "server/customers/import-rows.ts"), "utf8");
    const csvReader = readFileSync(createRequire(import.meta.url).resolve("papaparse"), "utf8");
    // [where it is said, what the code says, the key]
    const rowMessages: [source: string, says: string, key: string][] = [
      [importer, '"Not an amount"', "Not an amount"],
      [importer, '"Use a date like 31/03/2024 or 2024-03-31"', "Use a date like 31/03/2024 or 2024-03-31"],
      [importer, '"Not a real date"', "Not a real date"],
      [importer, '"The date is in the future"', "The date is in the future"],
      [importer, '`Unknown column "${', 'Unknown column "{{text}}". The first row must name the columns: '],
      [
        importer,
        "'The \"name\" column is missing.'",
        'The "name" column is missing. The first row must name the columns: ',
      ],
      [importer, 'new Error("At most ₹1 crore")', "At most ₹1 crore"],
      [csvReader, "'Quoted field unterminated'", "Quoted field unterminated"],
      [
        csvReader,
        "'Trailing quote on quoted field is malformed'",
        "Trailing quote on quoted field is malformed",
      ],
      [
        csvReader,
        "'Too many fields: expected ' +",
        "Too many fields: expected {{n}} fields but parsed {{n}}",
      ],
    ];
    for (const [source, says, key] of rowMessages) {
      expect(source).toContain(says);
      const keyed = Object.keys(hindi).some((known) => known.startsWith(key));
      expect({ key, keyed }).toEqual({ key, keyed: true });
    }
    const headers = CUSTOMER_CSV_HEADERS.join(", ");
    expect(hindiOf(`Unknown column "mobile". The first row must name the columns: ${headers}`)).toContain(
      'अनजान कॉलम "mobile"',
    );
  });
});
