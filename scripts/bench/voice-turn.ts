// Server time of a whole voice turn, excluding speech-to-text, at 100k customers: what the offline
// path and the agent spend between the transcript and the reply (catalog, parse, plan, execute,
// store the turn). Needs the `npm run seed:large` shop in BENCH_DATABASE_URL; adds two customers
// with names no other customer has (the generated names are all shared), once.
import { createCustomer } from "@/server/customers/mutations";
import { loadVoiceNameVocabulary } from "@/server/voice/engine/name-vocabulary";
import { runVoiceCommand } from "@/server/voice/engine/run-voice-command";
import { openLargeShop } from "./large-shop";

const { db, ctx } = await openLargeShop("voice turn");
for (const name of ["Zorawar Bhandari", "Ishwar Thakkar"]) {
  const exists = await db.customer.findFirst({ where: { businessId: ctx.businessId, name } });
  if (!exists) await createCustomer(ctx, { name });
}
await loadVoiceNameVocabulary(ctx);

const turns = [
  { text: "Zorawar Bhandari ka kitna baaki hai", expect: "EXECUTED" },
  { text: "Ishwar Thakkar ne 1 rupaya diya", expect: "EXECUTED" },
  { text: "Zorawar Bhandari ko 2 rupaye udhaar diye", expect: "EXECUTED" },
  { text: "Rahul Sharma ne 500 diye", expect: "NEEDS_CONFIRMATION" },
  { text: "sab customers ka baaki batao", expect: "EXECUTED" },
];
console.log("voice turn, server side without STT (runVoiceCommand, channel OFFLINE), 20 runs each:");
for (const { text, expect } of turns) {
  const samples: number[] = [];
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    const result = await runVoiceCommand(ctx, { text, channel: "OFFLINE" });
    if (result.status !== expect) throw new Error(`"${text}" gave ${result.status}, expected ${expect}`);
    if (run > 0) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) => samples[Math.floor((samples.length - 1) * fraction)]?.toFixed(1);
  console.log(`  ${text.padEnd(42)} ${expect.padEnd(18)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}
await db.$disconnect();
