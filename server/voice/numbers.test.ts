import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRACTION_PREFIXES } from "./lexicon/english-numbers";
import { HINDI_MULTIPLIERS, HINDI_NUMBER_ROWS } from "./lexicon/hindi-numbers";
import { FRACTIONS, MULTIPLIERS, PREFIXES, SMALL_NUMBERS } from "./number-lexicon";
import { numberToEnglishWords, numberToHindiWords } from "./number-words";
import { findNumbers } from "./numbers";
import { tokenize } from "./tokenize";

/** The value of the first number in a phrase said as an amount ("… rupaye"). */
function amountValue(phrase: string): number | undefined {
  return findNumbers(tokenize(`${phrase} rupaye`), { countable: (token) => token.norm === "rupaye" })[0]
    ?.value;
}

function spellings(row: readonly [number, string, string]): string[] {
  return `${row[1]} ${row[2]}`.split(" ").filter(Boolean);
}

describe("the Hindi number table", () => {
  it("has every number from 1 to 99 exactly once", () => {
    expect(HINDI_NUMBER_ROWS.map(([value]) => value)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
  });

  it.each(HINDI_NUMBER_ROWS.map((row) => [row[0], row] as const))(
    "reads every Latin and Devanagari spelling of %i",
    (value, row) => {
      for (const spelling of spellings(row))
        expect([spelling, amountValue(spelling)]).toEqual([spelling, value]);
    },
  );

  it("has no two numbers that share a loose spelling key", () => {
    for (const table of [SMALL_NUMBERS, MULTIPLIERS, FRACTIONS, PREFIXES])
      expect(table.clashingKeys()).toEqual([]);
  });

  it("reads sau, hazaar, lakh and crore in both scripts", () => {
    for (const [value, latin, devanagari] of HINDI_MULTIPLIERS) {
      for (const word of `${latin} ${devanagari}`.split(" ")) {
        if (word === "cr") continue;
        expect([word, amountValue(`do ${word}`)]).toEqual([word, 2 * value]);
      }
    }
  });
});

describe("findNumbers", () => {
  it.each([
    ["do hazaar paanch sau pachaas", 2550],
    ["1.5 lakh", 150000],
    ["1,50,000", 150000],
    ["fifteen hundred", 1500],
    ["two thousand five hundred", 2500],
    ["one hundred and fifty", 150],
    ["twenty-five", 25],
    ["a hundred", 100],
    ["two and a half thousand", 2500],
    ["2 hazaar 500", 2500],
    ["5k", 5000],
    ["2.5k", 2500],
    ["ek lakh bees hazaar", 120000],
    ["sau crore", 1_000_000_000],
    ["hazaar", 1000],
    ["ek sau ek", 101],
    ["do sau do", 202],
    ["इक्कीस सौ", 2100],
    ["एक लाख बीस हज़ार", 120000],
    ["५००", 500],
  ])("%s = %d", (phrase, value) => {
    expect(amountValue(phrase)).toBe(value);
  });

  it.each([
    ["dedh", 1.5],
    ["dedh hazaar", 1500],
    ["dhai sau", 250],
    ["aadha", 0.5],
    ["paav", 0.25],
    ["sava sau", 125],
    ["sava do", 2.25],
    ["saade teen sau", 350],
    ["paune do sau", 175],
    ["paune hazaar", 750],
    ["sava lakh", 125000],
    ["डेढ़ हज़ार", 1500],
    ["ढाई सौ", 250],
    ["साढ़े तीन सौ", 350],
    ["पौने दो सौ", 175],
    ["सवा सौ", 125],
  ])("fraction %s = %d", (phrase, value) => {
    expect(amountValue(phrase)).toBe(value);
  });

  it('reads "do" as the verb give unless something countable follows', () => {
    expect(findNumbers(tokenize("likh do"))).toEqual([]);
    expect(findNumbers(tokenize("Rahul ko 500 de do")).map((span) => span.value)).toEqual([500]);
    expect(amountValue("do")).toBe(2);
  });

  it("keeps separate numbers apart", () => {
    expect(findNumbers(tokenize("500 600")).map((span) => span.value)).toEqual([500, 600]);
    expect(findNumbers(tokenize("2 kilo chawal aur 1 litre tel")).map((span) => span.value)).toEqual([2, 1]);
  });

  it('does not read "ke saath" (together with) as sixty', () => {
    expect(findNumbers(tokenize("Rahul ke saath"))).toEqual([]);
  });
});

describe("number words round trip", () => {
  const sayable = fc.integer({ min: 1, max: 99_99_99_999 });

  it("(P) numberToHindiWords(n) reads back as n", () => {
    fc.assert(
      fc.property(sayable, (n) => {
        expect(amountValue(numberToHindiWords(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("(P) numberToEnglishWords(n) reads back as n", () => {
    fc.assert(
      fc.property(sayable, (n) => {
        expect(amountValue(numberToEnglishWords(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("(P) every spelling variant and script of the parts reads back as n", () => {
    const variant = (value: number, pick: number) => {
      const row = HINDI_NUMBER_ROWS[value - 1] as readonly [number, string, string];
      const options = spellings(row);
      return options[pick % options.length] ?? "";
    };
    fc.assert(
      fc.property(sayable, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (n, picks) => {
        const words = numberToHindiWords(n)
          .split(" ")
          .map((word, index) => {
            const row = HINDI_NUMBER_ROWS.find(([, latin]) => latin.split(" ")[0] === word);
            return row ? variant(row[0], picks[index % picks.length] ?? 0) : word;
          });
        expect(amountValue(words.join(" "))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it("(P) sava, saade and paune shift the number before sau or hazaar", () => {
    const shifts = FRACTION_PREFIXES.map(([shift, latin]) => [shift, latin.split(" ")[0] ?? ""] as const);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...shifts),
        fc.constantFrom(["sau", 100] as const, ["hazaar", 1000] as const, ["lakh", 100000] as const),
        (base, [shift, prefix], [multiplier, scale]) => {
          expect(amountValue(`${prefix} ${numberToHindiWords(base)} ${multiplier}`)).toBe(
            (base + shift) * scale,
          );
        },
      ),
    );
  });

  it("rejects numbers that cannot be said", () => {
    expect(() => numberToHindiWords(0)).toThrow(RangeError);
    expect(() => numberToEnglishWords(1_00_00_00_000)).toThrow(RangeError);
    expect(numberToHindiWords(99_99_99_999)).toBe(
      "ninyaanave crore ninyaanave lakh ninyaanave hazaar nau sau ninyaanave",
    );
    expect(numberToEnglishWords(120050)).toBe("one lakh twenty thousand fifty");
  });
});
