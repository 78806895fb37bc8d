import bcrypt from "bcryptjs";
import { bootSettings } from "../env";

const COST = bootSettings().NODE_ENV === "test" ? 4 : 11;

export function hashSecret(secret: string): Promise<string> {
  return bcrypt.hash(secret, COST);
}

export function verifySecret(secret: string, hash: string): Promise<boolean> {
  return bcrypt.compare(secret, hash);
}
