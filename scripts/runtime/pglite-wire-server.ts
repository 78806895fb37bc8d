// A PostgreSQL wire-protocol server in front of one PGlite instance, safe for many connections.
//
// PGlite is a single session. @electric-sql/pglite-socket's multiplexer forwards each protocol
// message separately, so under concurrency one connection's Parse/Bind/Execute interleave with
// another's and fail ("unnamed prepared statement does not exist"; measured with 40 parallel
// requests). Here a connection takes the session for a whole request (messages up to Sync or
// a simple Query) and keeps it while it is inside a transaction; other connections queue.
import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
// Messages after which the client waits for an answer: Sync, Query, Flush.
const REQUEST_ENDS = new Set(["S", "Q", "H"]);

/** FIFO ownership of the PGlite session by one connection at a time. */
class SessionLock {
  private owner: number | null = null;
  private readonly waiting: { id: number; grant: () => void }[] = [];

  acquire(id: number): Promise<void> {
    if (this.owner === id) return Promise.resolve();
    if (this.owner === null && this.waiting.length === 0) {
      this.owner = id;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ id, grant }));
  }

  release(id: number) {
    if (this.owner !== id) return;
    const next = this.waiting.shift();
    this.owner = next?.id ?? null;
    next?.grant();
  }

  forget(id: number) {
    const index = this.waiting.findIndex((waiter) => waiter.id === id);
    if (index >= 0) this.waiting.splice(index, 1);
    this.release(id);
  }
}

/** Splits the byte stream into whole messages; the first ones of a connection carry no type byte. */
function takeMessage(buffer: Buffer, started: boolean): { message: Buffer; type: string } | null {
  const headerLength = started ? 5 : 4;
  if (buffer.length < headerLength) return null;
  const length = started ? buffer.readInt32BE(1) + 1 : buffer.readInt32BE(0);
  if (buffer.length < length) return null;
  const message = buffer.subarray(0, length);
  if (started) return { message, type: String.fromCharCode(message[0] ?? 0) };
  const code = message.length >= 8 ? message.readInt32BE(4) : 0;
  const type =
    code === SSL_REQUEST || code === GSSENC_REQUEST
      ? "encryption"
      : code === CANCEL_REQUEST
        ? "cancel"
        : code === PROTOCOL_3
          ? "startup"
          : "unknown";
  return { message, type };
}

export function servePglite(db: PGlite): Server {
  const lock = new SessionLock();
  let nextId = 1;

  const run = (message: Buffer, socket: Socket) =>
    db.runExclusive(() =>
      db.execProtocolRawStream(new Uint8Array(message), {
        onRawData: (data) => {
          if (socket.writable) socket.write(Buffer.from(data));
        },
      }),
    );

  async function rollbackIfOwner(id: number) {
    try {
      await lock.acquire(id);
      // exec takes PGlite's own lock; wrapping it in runExclusive would deadlock.
      if (db.isInTransaction()) await db.exec("ROLLBACK");
    } finally {
      lock.forget(id);
    }
  }

  function handleConnection(socket: Socket) {
    const id = nextId++;
    let buffer = Buffer.alloc(0);
    let typed = false; // after the startup message every message starts with a type byte
    let request: Buffer[] = [];
    let queue = Promise.resolve();
    let closed = false;
    socket.setNoDelay(true);

    async function handleMessage(message: Buffer, type: string) {
      if (type === "encryption") return void socket.write("N");
      if (type === "cancel" || type === "unknown" || type === "X") return void socket.end();
      request.push(message);
      if (type !== "startup" && !REQUEST_ENDS.has(type)) return;
      const messages = request;
      request = [];
      await lock.acquire(id);
      for (const part of messages) await run(part, socket);
      // Keep the session inside a transaction, and after Flush (an extended query in progress).
      if (!db.isInTransaction() && type !== "H") lock.release(id);
    }

    const close = () => {
      if (closed) return;
      closed = true;
      queue = queue.then(() => rollbackIfOwner(id)).catch(() => lock.forget(id));
    };
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let next = takeMessage(buffer, typed); next; next = takeMessage(buffer, typed)) {
        buffer = buffer.subarray(next.message.length);
        const { message, type } = next;
        if (type === "startup") typed = true;
        queue = queue
          .then(() => (closed ? undefined : handleMessage(message, type)))
          .catch(() => {
            socket.destroy();
            close();
          });
      }
    });
    socket.on("close", close);
    socket.on("error", close);
  }

  return createServer(handleConnection);
}
