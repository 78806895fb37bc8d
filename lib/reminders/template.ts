/** The words a reminder's text may use; anything else in braces is refused when it is saved. */
export const TEMPLATE_VARIABLES = ["name", "amount", "shop", "upi_link", "statement_link"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type MessageLanguageCode = "EN" | "HI";

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Every `{word}` in `template` that is not one of TEMPLATE_VARIABLES, in order, once each. */
export function unknownTemplateVariables(template: string): string[] {
  const known = new Set<string>(TEMPLATE_VARIABLES);
  const unknown = [...template.matchAll(PLACEHOLDER)]
    .map((match) => (match[1] ?? "").trim())
    .filter((word) => !known.has(word));
  return [...new Set(unknown)];
}

/** The text with each variable filled in; a variable with no value (no UPI ID) leaves its line out. */
export function renderTemplate(template: string, values: Partial<Record<TemplateVariable, string>>): string {
  return template
    .split("\n")
    .filter((line) =>
      [...line.matchAll(PLACEHOLDER)].every((match) => values[(match[1] ?? "").trim() as TemplateVariable]),
    )
    .map((line) =>
      line.replace(PLACEHOLDER, (_, word: string) => values[word.trim() as TemplateVariable] ?? ""),
    )
    .join("\n")
    .trim();
}

/** What a reminder says unless the merchant writes their own. */
export function defaultTemplate(language: MessageLanguageCode): string {
  return language === "HI"
    ? [
        "नमस्ते {name}, {shop} में आपका {amount} बाकी है।",
        "UPI से भुगतान करें: {upi_link}",
        "खाता देखें: {statement_link}",
        "धन्यवाद!",
      ].join("\n")
    : [
        "Namaste {name}, {amount} is due at {shop}.",
        "Pay by UPI: {upi_link}",
        "Your statement: {statement_link}",
        "Thank you!",
      ].join("\n");
}
