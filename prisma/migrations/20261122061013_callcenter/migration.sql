-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "callStartedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AgentShift" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "lastAssignedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgentShift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentShift_userId_startedAt_idx" ON "AgentShift"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "AgentShift_endedAt_lastAssignedAt_idx" ON "AgentShift"("endedAt", "lastAssignedAt");

-- AddForeignKey
ALTER TABLE "AgentShift" ADD CONSTRAINT "AgentShift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One open shift per agent (Prisma cannot declare partial unique indexes).
CREATE UNIQUE INDEX "AgentShift_one_open_per_user" ON "AgentShift"("userId") WHERE "endedAt" IS NULL;

-- The unclaimed queue ("next order" takes the oldest seller_submitted order) and the
-- postponed sweep are served by Order_state_createdAt_idx and Order_state_callbackAt_idx.
