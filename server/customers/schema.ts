import { z } from "zod";
import { MessageLanguage } from "@/generated/prisma/enums";
import { isValidStateCode } from "@/lib/gst/states";
import { amountPaise } from "@/lib/money/schema";
import { optionalGstin, optionalIndianMobile, personName } from "../auth/schema";

export const customerId = z.string().min(1).max(64);

export const customerFields = z.object({
  name: personName,
  phone: optionalIndianMobile,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email").or(z.literal("")))
    .transform((value) => value || null)
    .nullish(),
  gstin: optionalGstin,
  stateCode: z
    .string()
    .refine((value) => value === "" || isValidStateCode(value), "Choose a valid state")
    .transform((value) => value || null)
    .nullish(),
  creditLimitPaise: amountPaise.nullish(),
  notes: z.string().trim().max(1000).nullish(),
  /** The language of the reminders and share messages the customer gets; EN when not chosen. */
  messageLanguage: z.enum(MessageLanguage).optional(),
});

// Another customer of the shop may have the same mobile (families share one): the merchant confirms.
const sharedPhoneConsent = { allowSharedPhone: z.boolean().optional() };

export const createCustomerInput = customerFields.extend(sharedPhoneConsent);
export const updateCustomerInput = customerFields.partial().extend({ id: customerId, ...sharedPhoneConsent });

export const importCsvInput = z.object({
  csv: z.string().min(1, "The file is empty").max(2_000_000),
  // Checked by the importer (YYYY-MM-DD or DD/MM/YYYY, not in the future), like each row's date.
  openingBalanceDate: z.string().trim().max(20).nullish(),
  acceptSharedPhone: z.union([z.literal("all"), z.array(z.number().int().min(2)).max(5_000)]).optional(),
});

export const findCustomersInput = z.object({
  search: z.string().trim().max(120).optional(),
  sort: z.enum(["balance", "recent", "name"]).default("balance"),
  cursor: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(25),
});

export type CustomerFields = z.output<typeof customerFields>;
