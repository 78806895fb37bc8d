import { type AddressInfo, connect, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePglite } from "./pglite-wire-server";

// A bare-bones wire client, so a test can send one protocol message at a time, the way TCP
// may deliver a request split across packets.
const cstring = (text: string) => Buffer.from(`${text}\0`);
function frame(type: string, body: Buffer) {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const parse = (sql: string) => frame("P", Buffer.concat([cstring(""), cstring(sql), int16(0)]));
function bind(params: string[]) {
  const values = params.flatMap((param) => {
    const length = Buffer.alloc(4);
    length.writeInt32BE(Buffer.byteLength(param));
    return [length, Buffer.from(param)];
  });
  return frame(
    "B",
    Buffer.concat([cstring(""), cstring(""), int16(0), int16(params.length), ...values, int16(0)]),
  );
}
const execute = () => frame("E", Buffer.concat([cstring(""), Buffer.alloc(4)]));
const sync = () => frame("S", Buffer.alloc(0));

class RawClient {
  private received = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.waiter?.();
    });
  }

  static async open(port: number) {
    const socket = connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const client = new RawClient(socket);
    const params = Buffer.concat([
      cstring("user"),
      cstring("postgres"),
      cstring("database"),
      cstring("postgres"),
      cstring(""),
    ]);
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(params.length + 8);
    startup.writeInt32BE(196608, 4);
    socket.write(Buffer.concat([startup, params]));
    await client.untilReady();
    return client;
  }

  send(...messages: Buffer[]) {
    this.socket.write(Buffer.concat(messages));
  }

  /** Reads up to ReadyForQuery; returns the first column of each data row, or the error text. */
  async untilReady(): Promise<string[]> {
    const values: string[] = [];
    for (;;) {
      while (this.received.length >= 5 && this.received.length >= this.received.readInt32BE(1) + 1) {
        const type = String.fromCharCode(this.received[0] ?? 0);
        const body = this.received.subarray(5, this.received.readInt32BE(1) + 1);
        this.received = this.received.subarray(body.length + 5);
        if (type === "D") values.push(body.subarray(6, 6 + body.readInt32BE(2)).toString());
        if (type === "E") values.push(`error: ${body.toString().replace(/\0/g, " ")}`);
        if (type === "Z") return values;
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  close() {
    this.socket.destroy();
  }
}

// The embedded database must behave like PostgreSQL for a pooled client: concurrent extended-
// protocol queries and transactions from many connections, on PGlite's single session.
describe("servePglite", () => {
  let db: PGlite;
  let server: ReturnType<typeof servePglite>;
  let url: string;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await PGlite.create();
    server = servePglite(db);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `postgresql://postgres@127.0.0.1:${(server.address() as AddressInfo).port}/postgres`;
    pool = new pg.Pool({ connectionString: url, max: 10 });
    await pool.query("CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)");
    await pool.query(
      "CREATE TABLE entry (id serial PRIMARY KEY, amount int NOT NULL, balance_after int NOT NULL)",
    );
    await pool.query("INSERT INTO account VALUES (1, 0)");
  });

  afterAll(async () => {
    await pool.end();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  it("does not let another connection's request run inside a half-received one", async () => {
    const port = Number(new URL(url).port);
    const [first, second] = await Promise.all([RawClient.open(port), RawClient.open(port)]);
    first.send(parse("SELECT $1::text AS value"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    second.send(parse("SELECT 'second' AS value"), bind([]), execute(), sync());
    expect(await second.untilReady()).toEqual(["second"]);
    first.send(bind(["first"]), execute(), sync());
    expect(await first.untilReady()).toEqual(["first"]);
    first.close();
    second.close();
  });

  it("answers concurrent parameterised queries of different shapes correctly", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2
          ? pool.query("SELECT $1::int + 1 AS value", [i]).then((r) => r.rows[0].value === i + 1)
          : pool
              .query("SELECT $1::text || 'x' AS text, $2::int AS value", [String(i), i])
              .then((r) => r.rows[0].text === `${i}x` && r.rows[0].value === i),
      ),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it("keeps transactions from different connections apart", async () => {
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const updated = await client.query(
            "UPDATE account SET balance = balance + $1 WHERE id = 1 RETURNING balance",
            [i],
          );
          await client.query("INSERT INTO entry (amount, balance_after) VALUES ($1, $2)", [
            i,
            updated.rows[0].balance,
          ]);
          await client.query(i % 10 === 0 ? "ROLLBACK" : "COMMIT");
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query(
      `SELECT (SELECT balance FROM account WHERE id = 1) AS balance, (SELECT sum(amount) FROM entry)::int AS total,
              (SELECT count(DISTINCT balance_after) FROM entry)::int AS distinct_after, (SELECT count(*) FROM entry)::int AS n`,
    );
    const committed = Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 10 !== 0);
    const expected = committed.reduce((sum, i) => sum + i, 0);
    expect(rows[0]).toEqual({
      balance: expected,
      total: expected,
      distinct_after: committed.length,
      n: committed.length,
    });
  });

  it("rolls back a client that disconnects inside a transaction and serves the others", async () => {
    const dying = new pg.Client({ connectionString: url });
    dying.on("error", () => {});
    await dying.connect();
    await dying.query("BEGIN");
    await dying.query("UPDATE account SET balance = balance + 1000000 WHERE id = 1");
    (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await pool.query("SELECT balance FROM account WHERE id = 1");
    expect(rows[0].balance).toBeLessThan(1000000);
  });
});
