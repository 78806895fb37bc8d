-- CreateEnum
CREATE TYPE "MessageLanguage" AS ENUM ('EN', 'HI');

-- CreateEnum
CREATE TYPE "ReminderChannel" AS ENUM ('WHATSAPP', 'SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('ACTIVE', 'DONE', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('SENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'PUBLISHED');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "messageLanguage" "MessageLanguage" NOT NULL DEFAULT 'EN';

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "createdById" TEXT,
    "channel" "ReminderChannel" NOT NULL,
    "language" "MessageLanguage" NOT NULL,
    "template" TEXT NOT NULL,
    "amountPaise" INTEGER,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "everyDays" INTEGER,
    "maxOccurrences" INTEGER NOT NULL DEFAULT 1,
    "occurrence" INTEGER NOT NULL DEFAULT 0,
    "status" "ReminderStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "channel" "ReminderChannel" NOT NULL,
    "sentVia" TEXT,
    "status" "DeliveryStatus" NOT NULL,
    "reason" TEXT,
    "amountPaise" INTEGER,
    "providerMessageId" TEXT,
    "recipient" TEXT,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" TEXT NOT NULL,
    "businessId" TEXT,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_businessId_status_sendAt_idx" ON "Reminder"("businessId", "status", "sendAt");

-- CreateIndex
CREATE INDEX "Reminder_customerId_status_idx" ON "Reminder"("customerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_providerMessageId_key" ON "ReminderDelivery"("providerMessageId");

-- CreateIndex
CREATE INDEX "ReminderDelivery_businessId_createdAt_idx" ON "ReminderDelivery"("businessId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ReminderDelivery_customerId_createdAt_idx" ON "ReminderDelivery"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_reminderId_occurrence_key" ON "ReminderDelivery"("reminderId", "occurrence");

-- CreateIndex
CREATE INDEX "OutboxEvent_status_nextAttemptAt_idx" ON "OutboxEvent"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

