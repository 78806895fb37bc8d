import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../runtime/migrations";

// Two `next start` instances of the existing production build on one fresh database and one
// Redis database, as behind a load balancer. Loopback only; dropped again by stop().
const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = "redis://127.0.0.1:6379/14";

export type Cluster = { urls: string[]; databaseUrl: string; stop: () => Promise<void> };

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function untilReady(url: string, child: ChildProcess, output: () => string) {
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`instance ${url} exited:\n${output()}`);
    const ready = await fetch(`${url}/api/health/ready`).catch(() => null);
    if (ready?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance ${url} never became ready:\n${output()}`);
}

export async function startCluster(root: string, ports: number[]): Promise<Cluster> {
  const name = `execora_load_${Date.now()}`;
  await admin(`CREATE DATABASE "${name}"`);
  const databaseUrl = `postgresql://postgres@127.0.0.1:5432/${name}`;
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    AUTH_TRUST_HOST: "true",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    // Every simulated user signs up and writes from 127.0.0.1: the limits themselves are tested
    // elsewhere; here they would only measure themselves.
    SIGN_UP_RATE_LIMIT_PER_MINUTE: "100000",
    RATE_LIMIT_PER_MINUTE: "100000",
    DB_POOL_MAX: "20",
  };
  await deployMigrations(root, shared);
  const children = ports.map((port) => {
    let output = "";
    const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
      cwd: root,
      env: { ...shared, APP_URL: `http://localhost:${port}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    return { child, url: `http://localhost:${port}`, output: () => output };
  });
  await Promise.all(children.map(({ url, child, output }) => untilReady(url, child, output)));
  return {
    urls: children.map(({ url }) => url),
    databaseUrl,
    stop: async () => {
      await Promise.all(
        children.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once("exit", () => resolve());
              child.kill("SIGTERM");
            }),
        ),
      );
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
