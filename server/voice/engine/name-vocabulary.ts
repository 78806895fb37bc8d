import { Prisma } from "@/generated/prisma/client";
import { announceCacheChange, onCacheChange } from "../../cache/cache-events";
import type { DomainContext } from "../../context";
import { findCustomersBySoundAlike } from "../../customers/search";
import { customerSearchKeys } from "../../customers/search-keys";
import { logger } from "../../logger";
import { nameDistance } from "../edit-distance";

// The distinct words of a shop's customer names (their phonetic keys): a few thousand even at
// 100k customers. A misheard word is corrected against them and the corrected name looked up by
// its exact key (a btree probe) instead of scoring thousands of rows by trigram similarity.
const REFRESH_MS = 60_000;
const MAX_BUSINESSES = 200;
// One vowel slip, swapped neighbours or a dropped h/vowel; a changed consonant (Rakesh/Rajesh)
// is another person, so that is left to the trigram search.
const MAX_WORD_DISTANCE = 1;
const MAX_OPTIONS_PER_WORD = 3;
const MAX_KEYS = 8;

// A word this many customers share is found fastest by walking the balance index; a rarer one
// through the word index (the planner cannot tell them apart: it has no statistics for words).
const COMMON_WORD_CUSTOMERS = 500;

/** Each name word and how many customers have it. */
export type NameWords = Map<string, number>;
type Vocabulary = { words: NameWords; loadedAt: number; loading: Promise<void> | null };
const vocabularies = new Map<string, Vocabulary>();

async function loadWords(ctx: DomainContext): Promise<NameWords> {
  const rows = await ctx.db.$queryRaw<{ word: string; customers: number }[]>`
    SELECT "word", count(*)::int AS "customers"
    FROM "Customer", unnest(string_to_array("phoneticKey", ' ')) AS "word"
    WHERE "businessId" = ${ctx.businessId} AND "erasedAt" IS NULL AND "word" <> ''
    GROUP BY "word"`;
  return new Map(rows.map((row) => [row.word, row.customers]));
}

function refresh(ctx: DomainContext, vocabulary: Vocabulary | undefined): void {
  if (vocabulary?.loading) return;
  const entry = vocabulary ?? { words: new Map(), loadedAt: 0, loading: null };
  if (!vocabulary) {
    if (vocabularies.size >= MAX_BUSINESSES) vocabularies.clear();
    vocabularies.set(ctx.businessId, entry);
  }
  entry.loading = loadWords(ctx)
    .then((words) => {
      entry.words = words;
      entry.loadedAt = Date.now();
    })
    .catch((error: unknown) => {
      logger.warn({ err: error, businessId: ctx.businessId }, "voice name vocabulary not loaded");
    })
    .finally(() => {
      entry.loading = null;
    });
}

/**
 * The shop's name words, or null until the first load has finished: loading (~150 ms at 100k
 * customers) happens in the background so no spoken command waits for it; a stale list is used
 * while it is reloaded.
 */
function vocabularyOf(ctx: DomainContext): NameWords | null {
  const vocabulary = vocabularies.get(ctx.businessId);
  if (!vocabulary || Date.now() - vocabulary.loadedAt >= REFRESH_MS) refresh(ctx, vocabulary);
  return vocabulary && vocabulary.loadedAt > 0 ? vocabulary.words : null;
}

/** Test helper: how many of the shop's customers have this name word, as this process knows it. */
export function voiceNameWordCount(businessId: string, word: string): number {
  return vocabularies.get(businessId)?.words.get(word) ?? 0;
}

/** Test helper: wait for the shop's vocabulary. */
export async function loadVoiceNameVocabulary(ctx: DomainContext): Promise<void> {
  refresh(ctx, vocabularies.get(ctx.businessId));
  await vocabularies.get(ctx.businessId)?.loading;
}

function learnHere(businessId: string, names: string[]): void {
  const vocabulary = vocabularies.get(businessId);
  if (!vocabulary) return;
  for (const name of names) {
    for (const word of customerSearchKeys(name).phoneticKey.split(" ")) {
      if (word) vocabulary.words.set(word, (vocabulary.words.get(word) ?? 0) + 1);
    }
  }
}

/**
 * New or renamed customers are heard at once, without waiting for the next reload: here, and on
 * every other instance (announced through the database; a long list makes them reload instead).
 */
export async function learnVoiceNames(businessId: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  learnHere(businessId, names);
  await announceCacheChange({ kind: "customer-names", businessId, names });
}

onCacheChange((change) => {
  if (change.kind !== "customer-names") return;
  if (change.names) return learnHere(change.businessId, change.names);
  // Too many names to send: reload at next use, keeping the old words until then.
  const vocabulary = vocabularies.get(change.businessId);
  if (vocabulary && vocabulary.loadedAt > 0) vocabulary.loadedAt = 1;
});

function closestWords(words: NameWords, heard: string): string[] {
  if (words.has(heard)) return [heard];
  let best = MAX_WORD_DISTANCE + 1;
  let options: string[] = [];
  for (const word of words.keys()) {
    if (Math.abs(word.length - heard.length) > MAX_WORD_DISTANCE * 2) continue;
    const distance = nameDistance(heard, word, MAX_WORD_DISTANCE);
    if (distance > MAX_WORD_DISTANCE) continue;
    if (distance < best) {
      best = distance;
      options = [word];
    } else if (distance === best && options.length < MAX_OPTIONS_PER_WORD) options.push(word);
  }
  return options;
}

/** Phonetic keys the heard name could be with each word corrected to a shop word ("praks sandu" → "prakas sandu"). */
export function correctedNameKeys(words: NameWords, heardKey: string): string[] {
  let keys = [""];
  for (const heard of heardKey.split(" ").filter(Boolean)) {
    const options = closestWords(words, heard);
    if (options.length === 0) return [];
    keys = keys
      .flatMap((key) => options.map((option) => (key ? `${key} ${option}` : option)))
      .slice(0, MAX_KEYS);
  }
  return keys.filter(Boolean);
}

const escapeLike = (key: string) => key.replace(/[\\%_]/g, "\\$&");

const keyMatch = (key: string) =>
  Prisma.sql`("phoneticKey" = ${key} OR "phoneticKey" LIKE ${`${escapeLike(key)} %`})`;

/**
 * In one round trip: customers with the heard key (exact or followed by more words, as in
 * findCustomersBySoundAlike) and, only if there are none, those with a corrected key.
 */
async function byKeys(ctx: DomainContext, heardKey: string, corrected: string[], limit: number) {
  const live = Prisma.sql`"businessId" = ${ctx.businessId} AND "erasedAt" IS NULL`;
  const rows = await ctx.db.$queryRaw<{ id: string; name: string; tier: number }[]>`
    SELECT "id", "name", "tier" FROM (
      SELECT "id", "name", "balancePaise", 0 AS "tier" FROM "Customer" WHERE ${live} AND ${keyMatch(heardKey)}
      UNION ALL
      SELECT "id", "name", "balancePaise", 1 FROM "Customer"
        WHERE ${live} AND (${Prisma.join(corrected.map(keyMatch), " OR ")})
    ) AS "matches"
    ORDER BY "tier", "balancePaise" DESC, "id"
    LIMIT ${limit}`;
  const best = rows[0]?.tier;
  return rows.filter((row) => row.tier === best).map(({ id, name }) => ({ id, name }));
}

/** Every word of a key anywhere in the name: "sarm" finds "rahul sarm", "sandu prakas" finds "prakas sandu". */
function byWords(ctx: DomainContext, words: NameWords, keys: string[], limit: number) {
  const lists = keys.map((key) => key.split(" "));
  const matches = lists.map((list) => Prisma.sql`string_to_array("phoneticKey", ' ') @> ${list}::text[]`);
  const live = Prisma.sql`"businessId" = ${ctx.businessId} AND "erasedAt" IS NULL AND (${Prisma.join(matches, " OR ")})`;
  const common = lists.some(
    (list) => list.length === 1 && (words.get(list[0] ?? "") ?? 0) >= COMMON_WORD_CUSTOMERS,
  );
  if (common) {
    return ctx.db.$queryRaw<{ id: string; name: string }[]>`
      SELECT "id", "name" FROM "Customer" WHERE ${live} ORDER BY "balancePaise" DESC, "id" LIMIT ${limit}`;
  }
  // Materialised so the planner reads the few matching rows from the word index instead of
  // walking the balance index looking for them.
  return ctx.db.$queryRaw<{ id: string; name: string }[]>`
    WITH "matches" AS MATERIALIZED (SELECT "id", "name", "balancePaise" FROM "Customer" WHERE ${live})
    SELECT "id", "name" FROM "matches" ORDER BY "balancePaise" DESC, "id" LIMIT ${limit}`;
}

/**
 * Customers for a heard name: its phonetic key exact or as a prefix; else misheard words corrected
 * to the shop's name words, looked up by key, then by words in any position (a surname alone).
 * Empty when none of these finds anyone (the caller then uses the trigram search).
 */
export async function findCustomersByHeardName(ctx: DomainContext, name: string, limit: number) {
  const heardKey = customerSearchKeys(name).phoneticKey;
  if (!heardKey) return [];
  const words = vocabularyOf(ctx);
  const keys = words ? correctedNameKeys(words, heardKey) : [];
  const corrected = keys.filter((key) => key !== heardKey);
  const found =
    corrected.length > 0
      ? await byKeys(ctx, heardKey, corrected, limit)
      : await findCustomersBySoundAlike(ctx, name, limit);
  if (found.length > 0 || !words || keys.length === 0) return found;
  return byWords(ctx, words, keys, limit);
}
