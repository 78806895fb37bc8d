-- Hand-written: voice resolution looks a spoken name up by its exact phonetic key (or that key
-- followed by more words: "raul" finds "raul sarm") before falling back to trigram search.
CREATE INDEX "Customer_businessId_phoneticKey_prefix_idx" ON "Customer" ("businessId", "phoneticKey" text_pattern_ops) WHERE "erasedAt" IS NULL;
