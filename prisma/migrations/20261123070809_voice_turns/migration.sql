-- CreateEnum
CREATE TYPE "VoiceTurnStatus" AS ENUM ('EXECUTED', 'NEEDS_CONFIRMATION', 'NEEDS_INPUT', 'REJECTED', 'FAILED', 'CONFIRMED', 'CANCELLED');

-- CreateTable
CREATE TABLE "VoiceTurn" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "transcript" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "intent" TEXT NOT NULL,
    "commandJson" JSONB NOT NULL,
    "status" "VoiceTurnStatus" NOT NULL,
    "replyText" TEXT NOT NULL,
    "resultEntityType" TEXT,
    "resultEntityId" TEXT,
    "undoneAt" TIMESTAMP(3),
    "sttMs" INTEGER,
    "parseMs" INTEGER NOT NULL,
    "executeMs" INTEGER NOT NULL,
    "totalMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoiceTurn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VoiceTurn_businessId_userId_createdAt_idx" ON "VoiceTurn"("businessId", "userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "VoiceTurn_businessId_createdAt_idx" ON "VoiceTurn"("businessId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "VoiceTurn" ADD CONSTRAINT "VoiceTurn_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

