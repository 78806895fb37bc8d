import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { devanagariToLatin, searchableName } from "./transliterate";

describe("devanagariToLatin", () => {
  it.each([
    ["राहुल", "rahul"],
    ["शर्मा", "sharma"],
    ["प्रिया", "priya"],
    ["गुप्ता", "gupta"],
    ["सुनीता", "sunita"],
    ["मोहन", "mohan"],
    ["श्याम", "shyam"],
    ["पूजा", "puja"],
    ["दीपक", "dipak"],
    ["विकास", "vikas"],
    ["अजय", "ajay"],
    ["कमला", "kamla"],
    ["राजकुमार", "rajkumar"],
    ["मोहम्मद", "mohammad"],
  ])("%s → %s (final and medial schwa deletion)", (devanagari, latin) => {
    expect(devanagariToLatin(devanagari)).toBe(latin);
  });

  it("keeps the final a after a conjunct and in one-letter words", () => {
    expect(devanagariToLatin("नरेन्द्र")).toBe("narendra");
    expect(devanagariToLatin("कृष्ण")).toBe("krishna");
    expect(devanagariToLatin("न")).toBe("na");
  });

  it("handles nasals, visarga, nukta and special conjuncts", () => {
    expect(devanagariToLatin("संजय")).toBe("sanjay");
    expect(devanagariToLatin("अंबानी")).toBe("ambani");
    expect(devanagariToLatin("हँसी")).toBe("hansi");
    expect(devanagariToLatin("सिंह")).toBe("singh");
    expect(devanagariToLatin("दुःख")).toBe("duhkh");
    expect(devanagariToLatin("ज़ुबैर")).toBe("zubair");
    expect(devanagariToLatin("\u095B\u0941\u092C\u0948\u0930")).toBe("zubair");
    expect(devanagariToLatin("क़ादिर")).toBe("qadir");
    expect(devanagariToLatin("फ़ातिमा")).toBe("fatima");
    expect(devanagariToLatin("ज्ञान")).toBe("gyan");
    expect(devanagariToLatin("लक्ष्मी")).toBe("lakshmi");
    expect(devanagariToLatin("ऋषि")).toBe("rishi");
    expect(devanagariToLatin("औरत")).toBe("aurat");
  });

  it("converts digits and passes other text through", () => {
    expect(devanagariToLatin("२५० ग्राम")).toBe("250 gram");
    expect(devanagariToLatin("Rahul राहुल, 42।")).toBe("Rahul rahul, 42.");
  });

  it("(P) leaves ASCII text unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => {
        expect(devanagariToLatin(text)).toBe(text);
      }),
    );
  });

  it("(P) leaves no Devanagari behind", () => {
    const devanagariChar = fc.integer({ min: 0x0900, max: 0x097f }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(devanagariChar, fc.constantFrom(" ", "a", "\u200D")) }),
        (text) => {
          expect(devanagariToLatin(text)).not.toMatch(/[\u0900-\u097F]/);
        },
      ),
    );
  });
});

describe("searchableName", () => {
  it("normalizes case, diacritics, punctuation and spacing", () => {
    expect(searchableName("  Rahul   SHARMA ")).toBe("rahul sharma");
    expect(searchableName("José D'Souza")).toBe("jose dsouza");
    expect(searchableName("Rahul (doodhwala)")).toBe("rahul doodhwala");
    expect(searchableName("राहुल शर्मा")).toBe("rahul sharma");
  });

  it("drops honorifics as whole words only", () => {
    expect(searchableName("Sharma ji")).toBe("sharma");
    expect(searchableName("Shri Ramesh Bhai")).toBe("ramesh");
    expect(searchableName("Smt. Sunita Didi")).toBe("sunita");
    expect(searchableName("शर्मा जी")).toBe("sharma");
    expect(searchableName("रमेश भैया")).toBe("ramesh");
    expect(searchableName("Jigar Sahabuddin")).toBe("jigar sahabuddin");
  });

  it("keeps honorifics when they are the whole name", () => {
    expect(searchableName("Bhai ji")).toBe("bhai ji");
    expect(searchableName("Uncle")).toBe("uncle");
  });

  const nameChar = fc.constantFrom(..."aAbBcdeéhijkmnorsuy '.-", ..."राहुलशर्माजीभाई", " ji ", " bhai ");

  it("(P) is idempotent and never empty when the input has letters", () => {
    fc.assert(
      fc.property(fc.string({ unit: nameChar, maxLength: 20 }), (text) => {
        const once = searchableName(text);
        expect(searchableName(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|^ | $|[A-Z]/);
        if (/[a-zA-Zé]/.test(text)) expect(once).not.toBe("");
      }),
    );
  });
});
