import { z } from "zod";
import { MAX_ENTRY_PAISE } from "./paise";

/** A money amount as integer paise: positive, at most ₹1 crore. */
export const amountPaise = z
  .number({ error: "Enter an amount" })
  .int("Amounts have at most 2 decimals")
  .positive("Amount must be more than zero")
  .max(MAX_ENTRY_PAISE, "At most ₹1 crore per entry");
