-- CreateIndex
CREATE INDEX "Order_state_stateChangedAt_idx" ON "Order"("state", "stateChangedAt");
