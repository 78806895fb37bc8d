-- Hand-written: things the Prisma datamodel cannot express.
-- The driver adapter splits scripts on every semicolon, so function bodies spell it \073.

-- Fuzzy and phonetic customer/product search runs in PostgreSQL on trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Customer_searchName_trgm_idx" ON "Customer" USING GIN ("searchName" gin_trgm_ops);
CREATE INDEX "Customer_phoneticKey_trgm_idx" ON "Customer" USING GIN ("phoneticKey" gin_trgm_ops);
CREATE INDEX "Product_searchText_trgm_idx" ON "Product" USING GIN ("searchText" gin_trgm_ops);

-- The audit log is append-only: the database itself refuses to change or remove history.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''AuditLog is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';
CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Ledger entries are immutable too: corrections are reversals, never edits.
CREATE OR REPLACE FUNCTION ledger_entry_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''LedgerEntry is immutable: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';
CREATE TRIGGER "LedgerEntry_immutable"
  BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_immutable();

-- Money sanity the application also checks, and the database is the last line.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_amount_nonzero" CHECK ("amountPaise" <> 0);
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_paid_within_total" CHECK ("paidPaise" >= 0 AND "paidPaise" <= "totalPaise");
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_nonzero" CHECK ("amountPaise" <> 0);
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_unapplied_nonnegative" CHECK ("unappliedPaise" >= 0);
