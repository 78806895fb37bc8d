/**
 * The yes/no buttons under a voice question, in the language the question was asked in (not the
 * app's language): "Haan / Nahi" under "…likh doon?", "हाँ / नहीं" under a Devanagari question.
 */
const LABELS = {
  en: { yes: "Yes", no: "No" },
  "hi-Latn": { yes: "Haan", no: "Nahi" },
  "hi-Deva": { yes: "हाँ", no: "नहीं" },
} as const;

export type AnswerLabels = { yes: string; no: string };

export function answerLabels(language: string | null | undefined): AnswerLabels | null {
  return language && language in LABELS ? LABELS[language as keyof typeof LABELS] : null;
}
