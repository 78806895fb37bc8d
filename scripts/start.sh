#!/usr/bin/env bash
# `npm start` on a fresh clone: install dependencies when they are missing or older than the
# lockfile (npm install, not npm ci: see ARCHITECTURE.md, offline notes), then hand over to
# scripts/start.ts, which needs tsx from node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "• Installing dependencies (npm install) …"
  npm install --no-audit --no-fund
fi
# react-server: server code imports "server-only", which throws under any other condition.
exec node --conditions=react-server --import tsx scripts/start.ts "$@"
