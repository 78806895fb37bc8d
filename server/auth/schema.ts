import { z } from "zod";
import { isValidGstin, normalizeGstin } from "@/lib/gst/gstin";
import { isValidStateCode } from "@/lib/gst/states";
import { normalizeIndianMobile } from "@/lib/phone";
import { passwordProblem } from "./password-policy";

export const personName = z.string().trim().min(1, "Name is required").max(120, "At most 120 characters");
export const emailAddress = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email"));
/** A new password: at least 10 characters and not a common one (server/auth/password-policy.ts). */
export const password = z
  .string()
  .max(200)
  .superRefine((value, zctx) => {
    const problem = passwordProblem(value);
    if (problem) zctx.addIssue({ code: "custom", message: problem });
  });
export const stateCode = z.string().refine(isValidStateCode, "Choose a valid state");
export const optionalGstin = z
  .string()
  .trim()
  .transform(normalizeGstin)
  .refine((value) => value === "" || isValidGstin(value), "GSTIN is not valid (check the 15 characters)")
  .transform((value) => value || null)
  .nullish();
export const optionalIndianMobile = z
  .string()
  .trim()
  .transform((value, zctx) => {
    if (value === "") return null;
    const normalized = normalizeIndianMobile(value);
    if (!normalized) {
      zctx.addIssue({ code: "custom", message: "Enter a 10-digit Indian mobile number" });
      return z.NEVER;
    }
    return normalized;
  })
  .nullish();
export const upiVpa = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{2,256}@[a-zA-Z][a-zA-Z0-9.-]{1,64}$/, "UPI ID looks like name@bank")
  .or(z.literal("").transform(() => null))
  .nullish();

export const businessFields = z.object({
  businessName: personName,
  stateCode,
  gstScheme: z.enum(["UNREGISTERED", "COMPOSITION", "REGULAR"]).default("UNREGISTERED"),
  gstin: optionalGstin,
  upiVpa,
  phone: optionalIndianMobile,
  address: z.string().trim().max(500).nullish(),
});

export const signUpInput = businessFields.extend({
  name: personName,
  email: emailAddress,
  password,
});
export type SignUpInput = z.input<typeof signUpInput>;

export const inviteStaffInput = z.object({ email: emailAddress.optional() });
export const acceptInvitationInput = z.object({
  code: z.string().trim().min(10).max(100),
  name: personName,
  email: emailAddress,
  password,
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword: password,
});
export const resetStaffPasswordInput = z.object({ userId: z.string().min(1).max(64), newPassword: password });
export const requestPasswordResetInput = z.object({ email: emailAddress });
export const resetPasswordInput = z.object({
  token: z.string().trim().min(10).max(100),
  newPassword: password,
});
