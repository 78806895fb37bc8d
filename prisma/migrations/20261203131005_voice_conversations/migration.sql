-- AlterTable
ALTER TABLE "VoiceTurn" ADD COLUMN     "conversationId" TEXT;

-- CreateIndex
CREATE INDEX "VoiceTurn_businessId_conversationId_idx" ON "VoiceTurn"("businessId", "conversationId");

