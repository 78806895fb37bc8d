#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

started=$SECONDS
section() {
  printf '\n\033[1m=== %s\033[0m\n' "$1"
}

section "1/5 Lint and format (biome check)"
npx biome check .

section "2/5 Types (tsc --noEmit)"
npx tsc --noEmit -p .

section "3/5 Unit and integration tests (vitest, fresh database on local PostgreSQL)"
# The real-room tests (a LiveKit server, an agent worker, speech in real time) run on their own,
# one file at a time, after the rest: on two cores, sharing them with the whole suite starves
# the worker's recogniser and a clearly spoken turn comes back as silence.
npx vitest run --exclude 'agent/room*.test.ts'
npx vitest run --no-file-parallelism agent/room

section "4/5 Production build (next build, skipped when up to date)"
if node --import tsx --input-type=module -e 'import { buildIsStale } from "./scripts/runtime/build-freshness.ts"; process.exit(buildIsStale(process.cwd()) ? 1 : 0)'; then
  echo "build is up to date"
else
  npx next build
fi

section "5/5 End-to-end tests (playwright, Debian chromium)"
if compgen -G "e2e/*.spec.ts" >/dev/null; then
  npx playwright test
else
  echo "no e2e specs yet"
fi

printf '\n\033[1;32mAll checks passed in %ss\033[0m\n' "$((SECONDS - started))"
