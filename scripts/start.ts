// `npm start`: everything needed to use Execora on one machine with no configuration.
// Without DATABASE_URL: an embedded PostgreSQL (PGlite), migrated and seeded with a demo shop.
// With DATABASE_URL: that database, checked (never migrated automatically).
// Then a production build when sources changed, and `next start` (`--dev`: `next dev`).
// Voice: with LIVEKIT_URL, that server; else, when `bash scripts/livekit/install.sh` has built
// livekit-server, a local one on 127.0.0.1 with this run's key and one agent worker beside the
// app (scripts/runtime/livekit-room.ts); else the offline clip path.
// Reminders: with INNGEST_* set, that scheduler; else, when an Inngest CLI is in node_modules/.bin
// or on PATH, its dev server beside the app; else reminders wait in the outbox (said in one line).
import { createRequire } from "node:module";
import path from "node:path";
import { persistedAuthSecret } from "./runtime/auth-secret";
import { buildIsStale } from "./runtime/build-freshness";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./runtime/embedded-postgres";
import {
  findInngestCli,
  type InngestDevServer,
  SCHEDULER_HINT,
  schedulerChosen,
  startInngestDevServer,
} from "./runtime/inngest-dev";
import { type LocalVoiceRoom, startLocalVoiceRoom } from "./runtime/livekit-room";
import { deployMigrations, migrationState } from "./runtime/migrations";
import { runToCompletion, startNext, stopNextProcesses, waitUntilServing } from "./runtime/next-process";
import { fail, step } from "./runtime/output";

// @next/env is CommonJS without detectable named exports; loading .env files the way Next does.
const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof import("@next/env");
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const dev = process.argv.includes("--dev");
process.chdir(root);
loadEnvConfig(root, dev, { info: () => {}, error: console.error });

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
process.env.AUTH_TRUST_HOST ??= "true";
process.env.APP_URL ??= `http://localhost:${port}`;
process.env.AUTH_SECRET ??= persistedAuthSecret(dataDir);

let embedded: EmbeddedPostgres | undefined;
let voiceRoom: LocalVoiceRoom | undefined;
let scheduler: InngestDevServer | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  stopping = true;
  stopNextProcesses();
  await scheduler?.stop().catch((error) => console.error("could not stop the Inngest dev server:", error));
  await voiceRoom?.stop().catch((error) => console.error("could not stop the voice room:", error));
  await embedded?.stop().catch((error) => console.error("could not stop the embedded database:", error));
  process.exit(code);
}

async function prepareEmbeddedDatabase() {
  embedded = await step("Starting the embedded PostgreSQL (PGlite, data in .data/pglite)", () =>
    startEmbeddedPostgres(path.join(dataDir, "pglite")),
  );
  process.env.DATABASE_URL = embedded.databaseUrl;
  process.env.DB_POOL_MAX ??= "5";
  const state = await migrationState(root, embedded.databaseUrl);
  if (state.modified.length > 0) {
    fail(
      `The embedded database was built from an older version of ${state.modified.join(", ")}. ` +
        "If it holds nothing you need, delete .data/pglite and run npm start again.",
    );
  }
  if (state.pending.length > 0 || state.failed.length > 0) {
    await step(`Applying ${state.pending.length} database migration(s)`, () =>
      deployMigrations(root, process.env),
    );
  }
  // Imported only now: the domain modules read DATABASE_URL and AUTH_SECRET when first used.
  const { db } = await import("../server/db");
  const { seedDemoShop } = await import("../server/seed/demo-shop");
  try {
    return await step("Seeding the demo shop (kept if it already exists)", () => seedDemoShop(db()));
  } finally {
    await db().$disconnect();
  }
}

async function checkConfiguredDatabase(databaseUrl: string) {
  const where = new URL(databaseUrl);
  const state = await migrationState(root, databaseUrl).catch((error: Error) =>
    fail(`Cannot reach the database at ${where.host}${where.pathname}: ${error.message}`),
  );
  if (state.failed.length > 0)
    fail(`Migration(s) failed earlier: ${state.failed.join(", ")}. Fix and re-deploy.`);
  if (state.modified.length > 0) {
    console.warn(`Warning: applied migration(s) changed on disk since: ${state.modified.join(", ")}`);
  }
  if (state.pending.length > 0) {
    fail(`The database is missing ${state.pending.length} migration(s). Run: npm run db:migrate`);
  }
  console.log(`Using the database at ${where.host}${where.pathname} (migrations up to date)`);
}

async function prepareScheduler() {
  if (schedulerChosen(process.env)) {
    console.log("Reminders: the Inngest scheduler set by INNGEST_* in the environment");
    return;
  }
  const cli = findInngestCli(root, process.env.PATH ?? "");
  if (!cli) {
    console.log(SCHEDULER_HINT);
    return;
  }
  try {
    scheduler = await step(`Starting the Inngest dev server (${cli})`, () =>
      startInngestDevServer({ cli, appUrl: process.env.APP_URL as string, logDir: dataDir }),
    );
    Object.assign(process.env, scheduler.env);
    console.log(`Reminders: the Inngest dev server at ${scheduler.url} (log: .data/inngest.log)`);
  } catch (error) {
    console.log(`${error instanceof Error ? error.message : error}. ${SCHEDULER_HINT}`);
  }
}

async function main() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (!stopping) void shutdown(130);
    });
  }
  const configuredUrl = process.env.DATABASE_URL;
  const demoLogin = configuredUrl ? null : await prepareEmbeddedDatabase();
  if (configuredUrl) await checkConfiguredDatabase(configuredUrl);

  if (process.env.LIVEKIT_URL) {
    console.log(
      `Voice: the LiveKit server at ${process.env.LIVEKIT_URL} (run an agent worker: npm run agent:start)`,
    );
  } else {
    voiceRoom = await startLocalVoiceRoom({ root, dataDir, env: process.env });
    if (voiceRoom) Object.assign(process.env, voiceRoom.env);
  }

  await prepareScheduler();

  if (!dev && buildIsStale(root)) {
    await step(
      "Building the app (next build, only when sources changed)",
      async () => {
        if ((await runToCompletion(["build"])) !== 0) fail("next build failed (output above)");
      },
      { streamsOutput: true },
    );
  }
  const next = startNext(dev ? ["dev", "-p", port] : ["start", "-p", port]);
  next.on("exit", (code, signal) => {
    if (!stopping) void shutdown(code ?? (signal ? 1 : 0));
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      stopping = true;
      next.kill(signal);
      next.once("exit", () => void shutdown(0));
    });
  }
  if (await waitUntilServing(port, next)) {
    console.log(`\nExecora is running at http://localhost:${port}`);
    if (demoLogin) console.log(`Demo login: ${demoLogin.email} / ${demoLogin.password}`);
    if (embedded) console.log(`Embedded database (for psql): ${embedded.databaseUrl}`);
    console.log("Press Ctrl+C to stop.\n");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
