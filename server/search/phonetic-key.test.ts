import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phoneticKey } from "./phonetic-key";
import { searchableName } from "./transliterate";

describe("phoneticKey", () => {
  it.each([
    ["Rahul", "Raul", "राहुल"],
    ["Priya", "Pria", "प्रिया"],
    ["Shyam", "Syam", "श्याम"],
    ["Sharma", "Sarma", "शर्मा"],
    ["Pooja", "Puja", "पूजा"],
    ["Deepak", "Dipak", "दीपक"],
    ["Vikas", "Wikas", "विकास"],
    ["Lakshmi", "Laxmi", "लक्ष्मी"],
    ["Gaurav", "Gourav", "गौरव"],
    ["Sanjay", "Sanjai", "संजय"],
    ["Chhaya", "Chaya", "छाया"],
    ["Singh", "Sing", "सिंह"],
    ["Zubair", "Jubair", "ज़ुबैर"],
    ["Sharma ji", "SHARMA", "शर्मा जी"],
  ])("%s, %s and %s share a key", (first, second, third) => {
    expect(phoneticKey(second)).toBe(phoneticKey(first));
    expect(phoneticKey(third)).toBe(phoneticKey(first));
  });

  it.each([
    ["Rahul", "Ramesh"],
    ["Priya", "Pooja"],
    ["Sharma", "Gupta"],
    ["Sunita", "Sanjay"],
    ["Mohan", "Rohan"],
  ])("%s and %s differ", (first, second) => {
    expect(phoneticKey(first)).not.toBe(phoneticKey(second));
  });

  it("keeps Mohammad spellings one letter apart", () => {
    expect(phoneticKey("Mohammad")).toBe("moamad");
    expect(phoneticKey("Mohammed")).toBe("moamed");
    expect(phoneticKey("Muhammad")).toBe("muamad");
  });

  it("treats c and ch like Indian spellings do", () => {
    expect(phoneticKey("Chetan")).toBe("chetan");
    expect(phoneticKey("Cecil")).toBe("sesil");
    expect(phoneticKey("Nicky")).toBe(phoneticKey("Niki"));
    expect(phoneticKey("Pinky")).toBe(phoneticKey("पिंकी"));
    expect(phoneticKey("Rahul Sharma")).toBe("raul sarm");
  });

  const letters = fc.constantFrom(..."abdeghijklmnoprstuvy");
  const doubling = fc.constantFrom(..."bdgjklmnrstv");

  it("(P) doubling a consonant inside a word does not change the key", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 10 }),
        doubling,
        fc.nat(),
        (word, consonant, at) => {
          const position = 1 + (at % word.length);
          const base = `${word.slice(0, position)}${consonant}${word.slice(position)}`;
          const doubled = `${word.slice(0, position)}${consonant}${consonant}${word.slice(position)}`;
          fc.pre(searchableName(base) === base);
          expect(phoneticKey(doubled)).toBe(phoneticKey(base));
        },
      ),
    );
  });

  it("(P) is case-insensitive and keeps one key word per name word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        (words) => {
          const name = words.join(" ");
          const key = phoneticKey(name);
          expect(phoneticKey(name.toUpperCase())).toBe(key);
          expect(key.split(" ")).toHaveLength(searchableName(name).split(" ").length);
          expect(key).not.toMatch(/[A-Z]| {2}/);
        },
      ),
    );
  });
});
