-- Hand-written: every voice command first closes the user's open questions, and answers look up
-- the latest one. Without this partial index both scan all of a user's turns (thousands after a
-- few months at a busy counter). With it they read only the few still waiting for a yes or no.
-- No semicolons in comments: the driver adapter splits the script on every one.
CREATE INDEX "VoiceTurn_open_questions_idx" ON "VoiceTurn" ("businessId", "userId", "createdAt" DESC) WHERE "status" = 'NEEDS_CONFIRMATION';
