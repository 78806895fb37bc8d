import type { Db } from "../db";
import { verifySecret } from "./password";

// A fixed hash so unknown emails cost the same time as wrong passwords (no account probing).
const DUMMY_HASH = "$2b$11$C6UzMDM.H6dfI/f/IKxGhu4fWJ4qUo6PsuK4t3JX1U6i1qf5uQ2Wy";

export async function authenticateUser(db: Db, email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      businessId: true,
      passwordHash: true,
      removedAt: true,
    },
  });
  const ok = await verifySecret(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.removedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, businessId: user.businessId };
}

/** The user behind a session, re-read on every request so removed staff lose access at once. */
export async function findActiveUser(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, businessId: true, removedAt: true },
  });
  return user && !user.removedAt ? user : null;
}
