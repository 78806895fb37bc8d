import { randomUUID } from "node:crypto";
import { createContextInner } from "../api/context";
import { createCaller } from "../api/root";
import { hashSecret } from "../auth/password";
import { signUpOwner } from "../auth/sign-up";
import type { DomainContext } from "../context";
import { db } from "../db";

type BusinessOptions = {
  stateCode?: string;
  gstScheme?: "UNREGISTERED" | "COMPOSITION" | "REGULAR";
  gstin?: string;
};

/** A fresh business with an owner and a staff member, plus callers for each and for nobody. */
export async function createTestBusiness(options: BusinessOptions = {}) {
  const unique = randomUUID().slice(0, 8);
  const owner = await signUpOwner({
    db: db(),
    requestId: null,
    input: {
      businessName: `Test Kirana ${unique}`,
      stateCode: options.stateCode ?? "27",
      gstScheme: options.gstScheme ?? "UNREGISTERED",
      gstin: options.gstin ?? null,
      upiVpa: "shop@upi",
      phone: null,
      address: "1 Market Road",
      name: "Owner",
      email: `owner-${unique}@example.test`,
      password: "password123",
    },
  });
  const staff = await db().user.create({
    data: {
      email: `staff-${unique}@example.test`,
      name: "Staff",
      role: "STAFF",
      businessId: owner.businessId,
      passwordHash: await hashSecret("password123"),
    },
  });
  const ownerCtx: DomainContext = {
    db: db(),
    businessId: owner.businessId,
    actor: { type: "USER", userId: owner.id, role: "OWNER" },
    requestId: null,
    source: "DASHBOARD",
  };
  return {
    businessId: owner.businessId,
    owner,
    staff,
    ownerCtx,
    ownerCaller: callerFor(owner.id),
    staffCaller: callerFor(staff.id),
  };
}

export function callerFor(userId: string | null) {
  return createCaller(createContextInner({ db: db(), sessionUserId: userId, clientKey: randomUUID() }));
}

export const anonymousCaller = () => callerFor(null);
