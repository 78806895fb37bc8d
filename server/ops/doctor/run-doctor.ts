import { type Db, db } from "../../db";
import { env, environmentVariables } from "../../env";
import { configChecks } from "./config-checks";
import { databaseChecks } from "./database-checks";
import type { DoctorCheck } from "./doctor-check";
import { httpChecks } from "./http-checks";

export type DoctorReport = { checkedAt: Date; baseUrl: string | null; checks: DoctorCheck[] };

type DoctorInput = {
  variables: Record<string, string | undefined>;
  database: Db | null;
  /** The deployment's public URL; null: the HTTP probes are left out (and say so). */
  baseUrl: string | null;
  now?: Date;
};

/**
 * The seeds' production checklist against one deployment: shared by `npm run doctor` (an
 * operator's shell with the deployment's environment) and the owner's deployment page.
 */
export async function runDoctor({
  variables,
  database,
  baseUrl,
  now = new Date(),
}: DoctorInput): Promise<DoctorReport> {
  const [fromDatabase, fromHttp] = await Promise.all([
    database ? databaseChecks(database, { now }) : Promise.resolve([]),
    baseUrl ? httpChecks(baseUrl) : Promise.resolve([]),
  ]);
  return { checkedAt: now, baseUrl, checks: [...configChecks(variables), ...fromDatabase, ...fromHttp] };
}

/** The owner's deployment page: this instance's environment and database, probed at APP_URL. */
export function checkThisDeployment(): Promise<DoctorReport> {
  return runDoctor({
    variables: environmentVariables(),
    database: db(),
    baseUrl: env().APP_URL ?? null,
  });
}
