-- CreateEnum
CREATE TYPE "PromiseStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "customerId" TEXT,
    "reminderId" TEXT,
    "providerMessageId" TEXT NOT NULL,
    "fromPhone" TEXT,
    "body" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "promisedFor" TIMESTAMP(3),
    "promiseStatus" "PromiseStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_providerMessageId_key" ON "InboundMessage"("providerMessageId");

-- CreateIndex
CREATE INDEX "InboundMessage_businessId_receivedAt_idx" ON "InboundMessage"("businessId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "InboundMessage_customerId_receivedAt_idx" ON "InboundMessage"("customerId", "receivedAt" DESC);

