import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerSearchKeys } from "../customers/search-keys";
import { db } from "../db";
import { voiceProducts } from "../voice/engine/catalog";
import {
  findCustomersByHeardName,
  loadVoiceNameVocabulary,
  voiceNameWordCount,
} from "../voice/engine/name-vocabulary";
import { voiceShop } from "../voice/engine/test-shop";
import { parseCacheNotification, startCacheListener, stopCacheListener } from "./cache-events";

// "The other instance": its own connection to the same database, announcing the way
// announceCacheChange does from another process (another origin).
let other: pg.Client;
const announceFromOtherInstance = (change: object) =>
  other.query("SELECT pg_notify('execora_cache', $1)", [
    JSON.stringify({ ...change, origin: "other-instance" }),
  ]);

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  expect(await startCacheListener()).not.toBeNull();
});
afterAll(async () => {
  await stopCacheListener();
  await other.end();
});

describe("caches across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("a product added on another instance is in this instance's voice catalogue at once", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    const names = async () => (await voiceProducts(shop.ownerCtx)).map((product) => product.name);
    expect(await names()).toEqual(["Rice"]);
    // Written by the other instance: this one's cached list does not have it yet.
    await db().product.create({
      data: {
        businessId: shop.businessId,
        name: "Toor Dal",
        aliases: ["arhar"],
        searchText: "toor dal arhar",
        unit: "kg",
        pricePaise: 14_000,
      },
    });
    expect(await names()).toEqual(["Rice"]);
    await announceFromOtherInstance({ kind: "products", businessId: shop.businessId });
    expect(await eventually(names, (list) => list.length === 2)).toEqual(["Rice", "Toor Dal"]);
  });

  it("a customer added on another instance is in this instance's name words at once, and found by a misheard name", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    await loadVoiceNameVocabulary(shop.ownerCtx);
    await db().customer.create({
      data: { businessId: shop.businessId, name: "Prakash Sandhu", ...customerSearchKeys("Prakash Sandhu") },
    });
    const heard = () => findCustomersByHeardName(shop.ownerCtx, "Prkash Sandhu", 5);
    await announceFromOtherInstance({
      kind: "customer-names",
      businessId: shop.businessId,
      names: ["Prakash Sandhu"],
    });
    const found = await eventually(heard, (rows) => rows.length > 0);
    expect(found.map((row) => row.name)).toEqual(["Prakash Sandhu"]);
  });

  it("ignores its own announcements and anything that is not a cache change", () => {
    expect(
      parseCacheNotification(JSON.stringify({ kind: "products", businessId: "b1", origin: "me" }), "me"),
    ).toBeNull();
    expect(
      parseCacheNotification(JSON.stringify({ kind: "products", businessId: "b1", origin: "you" }), "me"),
    ).toEqual({
      kind: "products",
      businessId: "b1",
    });
    expect(parseCacheNotification("not json", "me")).toBeNull();
    expect(parseCacheNotification(JSON.stringify({ kind: "drop-tables", origin: "you" }), "me")).toBeNull();
  });
});
