-- CreateEnum
CREATE TYPE "ReturnSource" AS ENUM ('refused', 'failed_delivery', 'customer');

-- AlterTable
ALTER TABLE "Return" ADD COLUMN     "source" "ReturnSource" NOT NULL DEFAULT 'refused';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "deliveryOtpFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deliveryOtpHash" TEXT,
ADD COLUMN     "deliveryOtpIssuedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "OutboundSms" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboundSms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboundSms_sentAt_createdAt_idx" ON "OutboundSms"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundSms_orderId_createdAt_idx" ON "OutboundSms"("orderId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboundSms" ADD CONSTRAINT "OutboundSms_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: at most one open return per order (a second "refused" report cannot create a
-- second return), refunds are never negative, delivery attempts are numbered from 1.
CREATE UNIQUE INDEX "Return_one_open_per_order" ON "Return"("orderId") WHERE "status" <> 'closed';
ALTER TABLE "Return" ADD CONSTRAINT "Return_refundFils_nonneg" CHECK ("refundFils" >= 0);
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_attemptNo_pos" CHECK ("attemptNo" >= 1);
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_cod_nonneg" CHECK ("codCollectedFils" >= 0 AND ("confirmedCodFils" IS NULL OR "confirmedCodFils" >= 0));

-- AlterTable
ALTER TABLE "Order" ADD COLUMN "pickedUpAt" TIMESTAMPTZ(3);
