// npm run db:restore -- <file> --yes: replaces DATABASE_URL's contents with the backup, then
// checks every shop's balances against its entries.
import pg from "pg";
import { restoreDatabase } from "../server/ops/backup";
import { verifyBooks } from "../server/ops/verify-books";

const databaseUrl = process.env.DATABASE_URL;
const [file, confirm] = process.argv.slice(2);
if (!databaseUrl || !file || confirm !== "--yes") {
  console.error(
    "usage: DATABASE_URL=… npm run db:restore -- <backup file> --yes  (replaces that database's data)",
  );
  process.exit(1);
}
await restoreDatabase(file, databaseUrl);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const books = await verifyBooks(client);
await client.end();
console.log(
  `Restored ${file}: ${books.businesses} shops, ${books.invoices} invoices, ${books.auditRows} audit rows.`,
);
for (const problem of books.problems) console.error(`  ✗ ${problem}`);
process.exit(books.problems.length ? 2 : 0);
