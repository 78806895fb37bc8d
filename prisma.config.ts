import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaConfig } from "prisma";

// Prisma 6.19's WASM schema engine through a driver adapter: the only way migrations run offline.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
} satisfies PrismaConfig;
