// Customer search latency at scale. Needs a database holding the `npm run seed:large` shop:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/execora_large npm run seed:large
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/execora_large npm run bench
import { searchCustomerIds } from "@/server/customers/search";
import { loadVoiceCatalog } from "@/server/voice/engine/catalog";
import { loadVoiceNameVocabulary } from "@/server/voice/engine/name-vocabulary";
import { parseCommand } from "@/server/voice/parse-command";
import { openLargeShop } from "./large-shop";

const { db, ctx, customers } = await openLargeShop("customer search");
console.log(`customer search: ${customers.toLocaleString("en-IN")} customers, 9 runs each, page of 25`);
for (const query of ["rahul sharma", "Raul", "राहुल", "sunita", "kamla saxena", "98123", "xyzq"]) {
  const samples: number[] = [];
  let found = 0;
  for (let run = 0; run < 10; run++) {
    const started = performance.now();
    found = (await searchCustomerIds(ctx, query, 26)).length;
    if (run > 0) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) => samples[Math.floor((samples.length - 1) * fraction)]?.toFixed(1);
  console.log(`  ${query.padEnd(14)} ${String(found).padStart(2)} hits  p50 ${at(0.5)} ms  max ${at(1)} ms`);
}

// What a spoken command costs before execution: narrow the catalog in the database, then parse.
const utterances = [
  "Rahul Sharma ne 500 diye",
  "राहुल शर्मा से ढाई हज़ार मिले",
  "Sunita ko 300 udhaar diya",
  "kamla saxena ka kitna baaki hai",
  "Raul Sarma ne 200 diye",
  "Mukesh Srivastava ka bill banao 2 kilo chawal",
  // Misspelled: no phonetic key matches, so these take the fallback (corrected words, then trigram).
  "Praksh Sandhu ne 500 diye",
  "Yogish Naidu ko 300 udhaar diya",
  "Pallavi Iyyer ka kitna baaki hai",
  "Nehaa Agrawal se 250 mile",
  // A surname alone is no phonetic-key prefix either.
  "Sandhu ji ka kitna baaki hai",
];
// Loaded in the background on a shop's first misheard name; timed here once, then warm.
const vocabularyStarted = performance.now();
await loadVoiceNameVocabulary(ctx);
console.log(
  `name vocabulary for corrections loaded in ${(performance.now() - vocabularyStarted).toFixed(1)} ms`,
);
console.log("voice resolution + parse (loadVoiceCatalog + parseCommand), 20 runs each:");
for (const text of utterances) {
  const samples: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    const catalog = await loadVoiceCatalog(ctx, text);
    parseCommand(text, { now: new Date(), catalog });
    if (run > 0) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) => samples[Math.floor((samples.length - 1) * fraction)]?.toFixed(1);
  console.log(`  ${text.padEnd(46)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}
await db.$disconnect();
