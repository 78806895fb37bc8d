import type { Token } from "./tokenize";
import type { PaymentMode } from "./types";
import { WordSet } from "./word-set";

const MODES: readonly (readonly [PaymentMode, WordSet])[] = [
  ["upi", new WordSet("upi gpay googlepay phonepe paytm bhim online qr scan यूपीआई")],
  ["cash", new WordSet("cash nakad naqad nagad nakdi kash कैश नकद नक़द")],
  ["card", new WordSet("card swipe कार्ड")],
  ["cheque", new WordSet("cheque check chek चेक")],
  ["bank", new WordSet("neft imps rtgs bank transfer बैंक")],
];

export interface ModeMention {
  mode: PaymentMode;
  indices: number[];
}

/** How the money moved, when said: "UPI se", "cash mein", "google pay", "credit card". */
export function findPaymentMode(tokens: readonly Token[]): ModeMention | null {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (token.norm === "google" && next?.norm === "pay") return { mode: "upi", indices: [index, index + 1] };
    if ((token.norm === "credit" || token.norm === "debit") && next?.norm === "card") {
      return { mode: "card", indices: [index, index + 1] };
    }
    // "check" is also the verb ("check Rahul's balance"): a cheque only after a number or "se"/"by".
    if (token.norm === "check" && !["se", "by", "via"].includes(next?.norm ?? "")) continue;
    if (token.norm === "bank" && next?.norm !== "transfer" && next?.norm !== "se") continue;
    const found = MODES.find(([, words]) => words.has(token));
    if (found) return { mode: found[0], indices: [index] };
  }
  return null;
}
