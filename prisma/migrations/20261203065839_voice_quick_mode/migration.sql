-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "voiceQuickMode" BOOLEAN NOT NULL DEFAULT false;

