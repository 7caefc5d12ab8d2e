-- CreateEnum
CREATE TYPE "RemittanceLineMatch" AS ENUM ('matched', 'mismatched', 'unmatched', 'duplicate');

-- AlterTable
ALTER TABLE "FeeSchedule" ADD COLUMN     "codFeeFixedFils" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deliveryPctBps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fulfillmentPctBps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "returnFeePctBps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "servicePctBps" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CompanyRemittanceLine" (
    "id" TEXT NOT NULL,
    "remittanceId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "orderCode" TEXT NOT NULL,
    "amountFils" INTEGER NOT NULL,
    "orderId" TEXT,
    "collectionId" TEXT,
    "expectedFils" INTEGER,
    "match" "RemittanceLineMatch" NOT NULL,
    "note" TEXT,

    CONSTRAINT "CompanyRemittanceLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyRemittanceLine_orderId_idx" ON "CompanyRemittanceLine"("orderId");

-- CreateIndex
CREATE INDEX "CompanyRemittanceLine_remittanceId_match_idx" ON "CompanyRemittanceLine"("remittanceId", "match");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRemittanceLine_remittanceId_lineNo_key" ON "CompanyRemittanceLine"("remittanceId", "lineNo");

-- AddForeignKey
ALTER TABLE "CompanyRemittanceLine" ADD CONSTRAINT "CompanyRemittanceLine_remittanceId_fkey" FOREIGN KEY ("remittanceId") REFERENCES "CompanyRemittance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a statement (invoice) is settled by at most one live payout, so no order is
-- ever paid out twice; money columns that can never be negative say so.
CREATE UNIQUE INDEX "Payout_one_live_per_invoice" ON "Payout"("invoiceId") WHERE "invoiceId" IS NOT NULL AND "status" <> 'cancelled';
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_amount_pos" CHECK ("amountFils" > 0);
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_nonneg" CHECK ("amountFils" >= 0);
ALTER TABLE "CodCollection" ADD CONSTRAINT "CodCollection_amount_nonneg" CHECK ("amountFils" >= 0);
ALTER TABLE "FeeSchedule" ADD CONSTRAINT "FeeSchedule_nonneg" CHECK (
  "serviceFils" >= 0 AND "servicePctBps" >= 0 AND "fulfillmentFils" >= 0 AND "fulfillmentPctBps" >= 0 AND
  "deliveryFils" >= 0 AND "deliveryPctBps" >= 0 AND "codFeeBps" >= 0 AND "codFeeFixedFils" >= 0 AND
  "returnFeeFils" >= 0 AND "returnFeePctBps" >= 0 AND "servicePctBps" <= 10000 AND "fulfillmentPctBps" <= 10000 AND
  "deliveryPctBps" <= 10000 AND "codFeeBps" <= 10000 AND "returnFeePctBps" <= 10000);
