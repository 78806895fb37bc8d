// npm run db:backup -- [file]: a full backup of DATABASE_URL (default backups/execora-<time>.dump).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, recordBackupRun } from "../server/ops/backup";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "Set DATABASE_URL to the PostgreSQL to back up (the embedded PGlite of npm start cannot be dumped).",
  );
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? path.join("backups", `execora-${stamp}.dump`);
mkdirSync(path.dirname(file), { recursive: true });
const { bytes } = await backupDatabase(databaseUrl, file);
// The deployment check (npm run doctor, Settings → Deployment) reads the newest of these.
await recordBackupRun(databaseUrl, { location: path.resolve(file), bytes });
console.log(
  `Backed up to ${file} (${(bytes / 1024).toFixed(0)} KB). Restore: npm run db:restore -- ${file} --yes`,
);
