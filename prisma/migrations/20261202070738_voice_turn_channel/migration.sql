-- Hand-written: VoiceTurn.source (typed, offline, livekit) meant something else than the Source
-- enum of AuditLog and LedgerEntry (who acted: DASHBOARD, VOICE, API, SYSTEM), so it is renamed
-- to "channel" and becomes a closed type. The column is renamed, not dropped, and every stored
-- value is kept: typed becomes TYPED, offline OFFLINE, livekit LIVEKIT. Any other value stops the
-- migration instead of being guessed. No index uses the column, so no index is renamed.
-- No semicolons in comments: the driver adapter splits the script on every one.
CREATE TYPE "VoiceChannel" AS ENUM ('TYPED', 'OFFLINE', 'LIVEKIT');

ALTER TABLE "VoiceTurn" RENAME COLUMN "source" TO "channel";

ALTER TABLE "VoiceTurn" ALTER COLUMN "channel" TYPE "VoiceChannel" USING upper("channel")::"VoiceChannel";
