-- Hand-written: voice finds customers by whole words of their phonetic key in any position
-- ("Sharma ji" → every "… sarm"), per business, when the exact/prefix key lookup finds no one.
-- btree_gin lets one GIN index hold the business id next to the words.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX "Customer_businessId_phoneticWords_idx" ON "Customer" USING GIN ("businessId", string_to_array("phoneticKey", ' ')) WHERE "erasedAt" IS NULL;
