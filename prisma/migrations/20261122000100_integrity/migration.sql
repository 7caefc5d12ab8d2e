-- Integrity rules the Prisma schema language cannot express. Hand-written (see CODE_STYLE.md,
-- "Migrations"): append-only audit log with a hash chain, append-only stock ledger, stock
-- balance bounds, one open low-stock alert per product and warehouse, trigram search.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------- audit log
-- The canonical text that the hash of a row covers. json_build_array escapes every field, so no
-- separator can be forged; the verifier (npm run audit:verify) recomputes it per row.
CREATE FUNCTION atlas_audit_payload(r "AuditLog") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT json_build_array(
    r.seq, r."prevHash", r."actorId", r."actorEmail", r.action, r."targetType", r."targetId",
    r.before, r.after, r.ip, r."userAgent", r."requestId",
    to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text
$$;

-- Chains each new row to the previous one. The transaction-scoped advisory lock makes
-- concurrent writers take turns, so seq order is commit order and no two rows share a parent.
CREATE FUNCTION atlas_audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727274001);
  SELECT seq, hash INTO last_seq, last_hash FROM "AuditLog" ORDER BY seq DESC LIMIT 1;
  NEW.seq := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := COALESCE(last_hash, '');
  NEW."createdAt" := clock_timestamp();
  NEW.hash := encode(sha256(convert_to(atlas_audit_payload(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END $$;

CREATE FUNCTION atlas_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION atlas_audit_chain();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION atlas_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM PUBLIC;

-- ---------------------------------------------------------------- stock ledger
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE OR DELETE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION atlas_refuse_change();
CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON "StockMovement"
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON "StockMovement" FROM PUBLIC;

-- Stock can never go negative, and never more is reserved than is on hand, whatever the code.
ALTER TABLE "StockBalance"
  ADD CONSTRAINT "StockBalance_onHand_nonneg" CHECK ("onHand" >= 0),
  ADD CONSTRAINT "StockBalance_reserved_nonneg" CHECK ("reserved" >= 0),
  ADD CONSTRAINT "StockBalance_reserved_le_onHand" CHECK ("reserved" <= "onHand");

CREATE UNIQUE INDEX "LowStockAlert_one_open" ON "LowStockAlert" ("productId", COALESCE("warehouseId", ''))
  WHERE "resolvedAt" IS NULL;

-- ---------------------------------------------------------------- search
-- Users list search is ILIKE %q% on email and name: trigram indexes serve it.
CREATE INDEX "User_email_trgm" ON "User" USING gin (email gin_trgm_ops);
CREATE INDEX "User_name_trgm" ON "User" USING gin (name gin_trgm_ops);
