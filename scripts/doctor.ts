// npm run doctor -- [https://shop.example.com]: checks a deployment against the production
// checklist and prints pass / warn / fail with the fix for each. Run it with the deployment's
// environment (its secrets and DATABASE_URL); the URL defaults to APP_URL. Exit code 1 on a fail.
import { createDb } from "../server/db";
import { withSecretFiles } from "../server/env-secrets";
import { type DoctorStatus, overallStatus } from "../server/ops/doctor/doctor-check";
import { runDoctor } from "../server/ops/doctor/run-doctor";

const MARK: Record<DoctorStatus, string> = { pass: "PASS", warn: "WARN", fail: "FAIL" };

const variables = withSecretFiles(process.env);
const baseUrl = process.argv[2] ?? variables.APP_URL ?? null;
const database = variables.DATABASE_URL
  ? createDb(variables.DATABASE_URL, { max: 2, connectTimeoutMs: 5_000, statementTimeoutMs: 5_000 })
  : null;

const report = await runDoctor({ variables, database, baseUrl });
await database?.$disconnect();

console.log(
  `Execora doctor — ${baseUrl ?? "no URL given (HTTP checks skipped)"} — ${report.checkedAt.toISOString()}`,
);
if (!database) console.log("DATABASE_URL is not set: migration and backup checks skipped.");
for (const check of report.checks) {
  console.log(`${MARK[check.status]}  ${check.title}: ${check.detail}`);
  if (check.fix) console.log(`      fix: ${check.fix}`);
}
const overall = overallStatus(report.checks);
const count = (status: DoctorStatus) => report.checks.filter((check) => check.status === status).length;
console.log(`\n${count("pass")} pass, ${count("warn")} warn, ${count("fail")} fail`);
process.exit(overall === "fail" ? 1 : 0);
