-- CreateEnum
CREATE TYPE "PublicLinkKind" AS ENUM ('INVOICE', 'STATEMENT');

-- CreateTable
CREATE TABLE "PublicLink" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "kind" "PublicLinkKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "invoiceId" TEXT,
    "rangeFrom" DATE,
    "rangeTo" DATE,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicLink_tokenHash_key" ON "PublicLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PublicLink_businessId_customerId_kind_idx" ON "PublicLink"("businessId", "customerId", "kind");

-- CreateIndex
CREATE INDEX "PublicLink_businessId_invoiceId_idx" ON "PublicLink"("businessId", "invoiceId");

-- AddForeignKey
ALTER TABLE "PublicLink" ADD CONSTRAINT "PublicLink_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicLink" ADD CONSTRAINT "PublicLink_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicLink" ADD CONSTRAINT "PublicLink_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A link to a bill names that bill, a link to a statement names none.
ALTER TABLE "PublicLink" ADD CONSTRAINT "PublicLink_target_check"
  CHECK (("kind" = 'INVOICE') = ("invoiceId" IS NOT NULL));
