// The zero-configuration database: PGlite (PostgreSQL compiled to WebAssembly) with pg_trgm and
// btree_gin (both used by the migrations' search indexes),
// served over the wire protocol on a free local port so Prisma, `prisma migrate` and psql
// all talk to it like any PostgreSQL. One instance is one database; it ignores user/password.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { servePglite } from "./pglite-wire-server";

export type EmbeddedPostgres = {
  databaseUrl: string;
  port: number;
  stop: () => Promise<void>;
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Two processes writing one PGlite data directory would corrupt it: refuse the second. */
function takeLock(lockFile: string) {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${path.dirname(lockFile)} is in use by process ${pid}. ` +
          "Stop that Execora first, or set DATABASE_URL to use your own PostgreSQL.",
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = `${dataDir}.lock`;
  takeLock(lockFile);
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, btree_gin } });
  const server = servePglite(db);
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // Port 0: the OS picks a free port, so another PostgreSQL on 5432 never receives our traffic.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("embedded database has no TCP port");
  const port = address.port;
  let stopped = false;
  return {
    port,
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await db.close();
      rmSync(lockFile, { force: true });
    },
  };
}
