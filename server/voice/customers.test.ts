import { describe, expect, it } from "vitest";
import { matchCustomer } from "./customers";
import { nameDistance } from "./edit-distance";
import { tokenize } from "./tokenize";
import type { EntityCatalog } from "./types";

function catalogOf(...names: string[]): EntityCatalog {
  return { customers: names.map((name, index) => ({ id: `c${index + 1}`, name })), products: [] };
}

const SHOP = catalogOf(
  "Rahul Sharma",
  "Rahul Gupta",
  "Sharma ji",
  "Priya Verma",
  "राजेश कुमार",
  "Mohan Lal",
  "Kishore Kumar",
  "Gaurav Das",
);

function heard(text: string, catalog = SHOP): string[] {
  return (
    matchCustomer(tokenize(text), catalog, () => true)?.candidates.map((candidate) => candidate.name) ?? []
  );
}

describe("matchCustomer", () => {
  it("picks the one customer whose name was said", () => {
    expect(heard("Rahul Gupta ne 500 diye")).toEqual(["Rahul Gupta"]);
    expect(heard("Priya ne 500 diye")).toEqual(["Priya Verma"]);
  });

  it("lists every customer a shared first name could mean", () => {
    expect(heard("Rahul ne 500 diye").sort()).toEqual(["Rahul Gupta", "Rahul Sharma"]);
  });

  it("prefers the customer who answers to all the words said", () => {
    expect(heard("Sharma ji ko 200 udhaar")).toEqual(["Sharma ji"]);
    expect(heard("Rahul Sharma ko 200 udhaar")).toEqual(["Rahul Sharma"]);
  });

  it("hears spelling variants, typos and the other script", () => {
    expect(heard("Raul Gupta se 100 mile")).toEqual(["Rahul Gupta"]);
    expect(heard("Preeya ne 100 diye")).toEqual(["Priya Verma"]);
    expect(heard("Kishor ne 900 diye")).toEqual(["Kishore Kumar"]);
    expect(heard("राहुल गुप्ता से 800 मिले")).toEqual(["Rahul Gupta"]);
    expect(heard("rajesh ne 700 diye")).toEqual(["राजेश कुमार"]);
  });

  it("ignores honorifics, also when run into the name", () => {
    expect(heard("Priya didi ne 600 diye")).toEqual(["Priya Verma"]);
    expect(heard("Sharmaji ne 150 diye")).toEqual(["Sharma ji"]);
    expect(heard("Mohan Lal ji ke 500 jama karo")).toEqual(["Mohan Lal"]);
    expect(heard("mohanlal ne 700 diye")).toEqual(["Mohan Lal"]);
  });

  it("keeps a surname that is also a number word inside the name", () => {
    const match = matchCustomer(tokenize("Gaurav Das ne 500 diye"), SHOP, () => true);
    expect(match?.candidates.map((candidate) => candidate.name)).toEqual(["Gaurav Das"]);
    expect(match?.mention).toBe("Gaurav Das");
  });

  it("matches no one for a name the shop does not have or for command words", () => {
    expect(heard("Rakesh ne 500 diye")).toEqual([]);
    expect(heard("kis kis ka baaki hai")).toEqual([]);
    expect(heard("undo karo")).toEqual([]);
  });

  it("does not read a command word as a customer with a similar name", () => {
    expect(heard("Rahul ko 300 udhaar diya", catalogOf("Rahul Sharma", "Diya Mirza"))).toEqual([
      "Rahul Sharma",
    ]);
    expect(heard("Diya ne 300 diye", catalogOf("Rahul Sharma", "Diya Mirza"))).toEqual(["Diya Mirza"]);
  });
});

describe("nameDistance", () => {
  it("charges vowel slips and swapped neighbours less than a changed consonant", () => {
    expect(nameDistance("kisor", "kisore", 1)).toBe(1);
    expect(nameDistance("varma", "verma", 1)).toBe(1);
    expect(nameDistance("agraval", "agarval", 2)).toBe(1);
    expect(nameDistance("rakes", "rajes", 1)).toBeGreaterThan(1);
    expect(nameDistance("amit", "sumit", 1)).toBeGreaterThan(1);
    expect(nameDistance("priya", "priya", 0)).toBe(0);
  });
});
