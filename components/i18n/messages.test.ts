import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { NAMESPACES, RESOURCES } from "./resources";

const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../messages");

type Tree = { [key: string]: string | Tree };

/** "customers.balance.owes" → "You'll get {{amount}}" for every leaf. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const fullKey = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [leafKey, leaf] of flatten(value, fullKey)) leaves.set(leafKey, leaf);
    } else {
      leaves.set(fullKey, value);
    }
  }
  return leaves;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

function readNamespace(locale: string, file: string): Tree {
  return JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8")) as Tree;
}

describe("messages", () => {
  it("every JSON file under messages/ is registered in resources.ts, for every language", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(MESSAGES_DIR, locale)).filter((file) => file.endsWith(".json"));
      expect(files.map((file) => file.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    describe(namespace, () => {
      const english = flatten(readNamespace("en", `${namespace}.json`));

      it("is not empty", () => {
        expect(english.size).toBeGreaterThan(0);
      });

      for (const locale of LOCALES.filter((other) => other !== "en")) {
        const translated = flatten(readNamespace(locale, `${namespace}.json`));

        it(`${locale} has exactly the English keys`, () => {
          expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        });

        it(`${locale} keeps every {{placeholder}}`, () => {
          for (const [key, text] of english) {
            expect({ key, placeholders: placeholders(String(translated.get(key) ?? "")) }).toEqual({
              key,
              placeholders: placeholders(String(text)),
            });
          }
        });
      }

      it("has no empty or non-string messages in any language", () => {
        for (const locale of LOCALES) {
          for (const [key, text] of flatten(readNamespace(locale, `${namespace}.json`))) {
            expect({ locale, key, ok: typeof text === "string" && text.trim() !== "" }).toEqual({
              locale,
              key,
              ok: true,
            });
          }
        }
      });

      it("resources.ts serves the same messages as the files", () => {
        for (const locale of LOCALES) {
          expect(RESOURCES[locale][namespace]).toEqual(readNamespace(locale, `${namespace}.json`));
        }
      });
    });
  }
});
