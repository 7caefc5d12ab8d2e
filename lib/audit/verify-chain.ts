import "server-only";
import { createHash } from "node:crypto";

/**
 * Recomputes the audit log's hash chain (see migration 20261122000100_integrity): seq runs
 * 1, 2, 3… without gaps, each row's prevHash is the previous row's hash ('' for the first),
 * and each hash is sha256 of atlas_audit_payload(row). Reads in keyset batches on seq, so the
 * table is never loaded whole. Rows removed from the tail cannot be detected by a chain alone.
 */
export type ChainResult = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: bigint; reason: string };

type Row = { seq: string; prevHash: string; hash: string; payload: string };

/** A Prisma client (or transaction) or anything with node-postgres' `query`. */
export type ChainSource =
  | { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> }
  | { query(sql: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

// seq is bigint: sent and read as text so no precision is lost on either side.
const BATCH_SQL = `
  SELECT a.seq::text AS seq, a."prevHash" AS "prevHash", a.hash AS hash, atlas_audit_payload(a) AS payload
  FROM "AuditLog" a
  WHERE a.seq > $1::bigint
  ORDER BY a.seq
  LIMIT $2::int`;

async function fetchBatch(source: ChainSource, afterSeq: bigint, limit: number): Promise<Row[]> {
  if ("$queryRawUnsafe" in source) return source.$queryRawUnsafe<Row[]>(BATCH_SQL, afterSeq.toString(), limit);
  const res = await source.query(BATCH_SQL, [afterSeq.toString(), limit]);
  return res.rows as Row[];
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export async function verifyAuditChain(source: ChainSource, opts: { batchSize?: number } = {}): Promise<ChainResult> {
  const batchSize = opts.batchSize ?? 2000;
  let expectedSeq = 1n;
  let prevHash = "";
  let rows = 0;
  for (;;) {
    const batch = await fetchBatch(source, expectedSeq - 1n, batchSize);
    for (const row of batch) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) {
        // A missing seq: the chain breaks at the first row that should be there and is not.
        return { ok: false, rows, brokenAt: expectedSeq, reason: `seq gap: expected ${expectedSeq}, found ${seq}` };
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          rows,
          brokenAt: seq,
          reason: `prevHash of seq ${seq} does not match the hash of seq ${seq - 1n}`,
        };
      }
      if (sha256(row.payload) !== row.hash) {
        return { ok: false, rows, brokenAt: seq, reason: `hash of seq ${seq} does not match its content` };
      }
      prevHash = row.hash;
      expectedSeq = seq + 1n;
      rows++;
    }
    if (batch.length < batchSize) return { ok: true, rows };
  }
}
