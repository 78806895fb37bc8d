#!/usr/bin/env bash
# Before the first landing only: rebuild the init migration from prisma/schema.prisma.
# After migrations have landed, use `npm run db:new-migration -- <name>` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf prisma/migrations/20261123054420_init prisma/migrations/schema-snapshot.prisma
npx tsx scripts/new-migration.ts init >/dev/null
mv prisma/migrations/*_init prisma/migrations/20261123054420_init
npm run -s db:generate >/dev/null
echo "init migration regenerated"
