import { describe, expect, it } from "vitest";
import { answerLabels } from "./answer-labels";

describe("answerLabels", () => {
  it("answers a question in the language it was asked in", () => {
    expect(answerLabels("hi-Latn")).toEqual({ yes: "Haan", no: "Nahi" });
    expect(answerLabels("hi-Deva")).toEqual({ yes: "हाँ", no: "नहीं" });
    expect(answerLabels("en")).toEqual({ yes: "Yes", no: "No" });
  });

  it("leaves an unknown or missing language to the app's own words", () => {
    expect(answerLabels(null)).toBeNull();
    expect(answerLabels("fr")).toBeNull();
  });
});
