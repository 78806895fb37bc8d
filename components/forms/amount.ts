import { InvalidAmountError, paiseToDecimalString, parseAmountToPaise } from "@/lib/money/paise";

/** What the user typed in a ₹ box → paise, or null when it is not an amount (show errors:amountInvalid). */
export function amountInputToPaise(text: string): number | null {
  try {
    return parseAmountToPaise(text);
  } catch (error) {
    if (error instanceof InvalidAmountError) return null;
    throw error;
  }
}

/** Paise → the text to prefill a ₹ box with ("1250.50"; whole rupees without ".00"). */
export function paiseToAmountInput(paise: number | null | undefined): string {
  if (paise === null || paise === undefined) return "";
  return paiseToDecimalString(paise).replace(/\.00$/, "");
}
