-- AlterTable
ALTER TABLE "VoiceTurn" ADD COLUMN     "firstAudioMs" INTEGER;

-- CreateTable
CREATE TABLE "LiveKitEvent" (
    "id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "businessId" TEXT,
    "roomName" TEXT,
    "participantIdentity" TEXT,
    "trackSid" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveKitEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveKitEvent_businessId_occurredAt_idx" ON "LiveKitEvent"("businessId", "occurredAt" DESC);

