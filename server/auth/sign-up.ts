import type { z } from "zod";
import { auditSnapshot, recordAudit } from "../audit/record-audit";
import { assertConsistentRegistration } from "../business/gst-registration";
import type { Db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { hashSecret } from "./password";
import type { signUpInput } from "./schema";

type Options = { db: Db; input: z.output<typeof signUpInput>; requestId: string | null };

/** Sign-up creates the business and its owner together: an account is always one shop. */
export async function signUpOwner({ db, input, requestId }: Options) {
  assertConsistentRegistration(input);
  const passwordHash = await hashSecret(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const business = await tx.business.create({
        data: {
          name: input.businessName,
          stateCode: input.stateCode,
          gstScheme: input.gstScheme,
          gstin: input.gstin ?? null,
          upiVpa: input.upiVpa ?? null,
          phone: input.phone ?? null,
          address: input.address ?? null,
        },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "OWNER", businessId: business.id },
        select: { id: true, email: true, name: true, role: true, businessId: true },
      });
      const ctx = { db, businessId: business.id, requestId, source: "DASHBOARD" as const };
      const actor = { type: "USER" as const, userId: user.id, role: user.role };
      await recordAudit(
        tx,
        { ...ctx, actor },
        {
          action: "business.create",
          entityType: "Business",
          entityId: business.id,
          after: auditSnapshot(business),
        },
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists", {
        email: "This email is already registered. Sign in instead.",
      });
    }
    throw error;
  }
}
