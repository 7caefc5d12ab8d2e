import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { rawSql } from "../support/sql";

const ctx: AuditContext = {
  actorId: null,
  actorEmail: "tester@test.atlas",
  ip: "10.0.0.1",
  userAgent: "vitest",
  requestId: "req-1",
};

async function writeRows(n: number, prefix = "test.row") {
  for (let i = 0; i < n; i++) {
    await db.$transaction((tx) =>
      writeAudit(tx, ctx, {
        action: `${prefix}.${i}`,
        targetType: "thing",
        targetId: String(i),
        before: { i },
        after: { i: i + 1, note: 'ü "quoted"' },
      }),
    );
  }
}

async function seqs(): Promise<number[]> {
  const rows = await rawSql<{ seq: string }>(`SELECT a.seq::text AS seq FROM "AuditLog" a ORDER BY a.seq`);
  return rows.rows.map((r) => Number(r.seq));
}

/** Changes rows behind the app's back, as a superuser who switches the guard triggers off. */
async function tamper(sql: string) {
  await rawSql(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER; ${sql}; ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
}

describe("audit log", () => {
  it("verifies an empty log", async () => {
    await expect(verifyAuditChain(db)).resolves.toEqual({ ok: true, rows: 0 });
  });

  it("numbers rows 1..n and chains them", async () => {
    await writeRows(5);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5]);
    const rows = await db.auditLog.findMany({ orderBy: { seq: "asc" } });
    expect(rows[0].prevHash).toBe("");
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    await expect(verifyAuditChain(db)).resolves.toEqual({ ok: true, rows: 5 });
  });

  it("keeps seqs contiguous and the chain valid under 20 concurrent writers", async () => {
    const before = (await seqs()).length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SELECT pg_sleep(0.01)`);
          await writeAudit(tx, ctx, { action: "test.concurrent", targetId: String(i) });
        }),
      ),
    );
    const all = await seqs();
    expect(all).toEqual(Array.from({ length: before + 20 }, (_, i) => i + 1));
    await expect(verifyAuditChain(db)).resolves.toEqual({ ok: true, rows: before + 20 });
  });

  it("walks the chain across batch boundaries", async () => {
    const total = (await seqs()).length;
    await expect(verifyAuditChain(db, { batchSize: 3 })).resolves.toEqual({ ok: true, rows: total });
    await expect(verifyAuditChain(db, { batchSize: 1 })).resolves.toEqual({ ok: true, rows: total });
  });

  it("refuses UPDATE, DELETE and TRUNCATE through Prisma", async () => {
    const first = await db.auditLog.findFirstOrThrow({ orderBy: { seq: "asc" } });
    await expect(db.auditLog.update({ where: { id: first.id }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: first.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: first.id } });
    expect(after.action).toBe(first.action);
  });

  it("refuses UPDATE, DELETE and TRUNCATE through raw SQL, even for a superuser", async () => {
    const count = (await seqs()).length;
    await expect(rawSql(`UPDATE "AuditLog" SET action = 'forged' WHERE seq = 1`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(rawSql(`DELETE FROM "AuditLog" WHERE seq = 1`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(rawSql(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect((await seqs()).length).toBe(count);
    await expect(verifyAuditChain(db)).resolves.toMatchObject({ ok: true });
  });

  it("ignores seq, prevHash and hash supplied by the writer", async () => {
    const row = await db.auditLog.create({ data: { action: "test.forge", seq: 999n, prevHash: "x", hash: "y" } });
    const last = await db.auditLog.findFirstOrThrow({ where: { seq: row.seq - 1n } });
    expect(row.seq).not.toBe(999n);
    expect(row.prevHash).toBe(last.hash);
    expect(row.hash).not.toBe("y");
    await expect(verifyAuditChain(db)).resolves.toMatchObject({ ok: true });
  });

  it("a rolled-back transaction leaves no audit row and no gap", async () => {
    const before = await seqs();
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, ctx, { action: "test.rolled_back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await seqs()).toEqual(before);
    await writeRows(1, "test.after_rollback");
    expect(await seqs()).toEqual([...before, before.length + 1]);
    await expect(verifyAuditChain(db)).resolves.toMatchObject({ ok: true });
  });
});

// Tampering breaks the chain for good: these run last in the file, each on a fresh log.
describe("audit chain verification detects tampering", () => {
  async function resetLog(n: number) {
    await tamper(`DELETE FROM "AuditLog"`);
    await writeRows(n, "test.tamper");
    await expect(verifyAuditChain(db)).resolves.toEqual({ ok: true, rows: n });
  }

  it("reports a row whose content was altered", async () => {
    await resetLog(6);
    await tamper(`UPDATE "AuditLog" SET after = '{"i": 999}'::jsonb WHERE seq = 4`);
    const res = await verifyAuditChain(db, { batchSize: 2 });
    expect(res).toMatchObject({ ok: false, brokenAt: 4n, rows: 3 });
    if (!res.ok) expect(res.reason).toMatch(/hash of seq 4/);
  });

  it("reports a row whose content and hash were both rewritten (its successor's prevHash no longer matches)", async () => {
    await resetLog(6);
    await tamper(
      `UPDATE "AuditLog" SET "actorEmail" = 'someone@else' WHERE seq = 2;
       UPDATE "AuditLog" a SET hash = encode(sha256(convert_to(atlas_audit_payload(a), 'UTF8')), 'hex') WHERE seq = 2`,
    );
    const res = await verifyAuditChain(db);
    expect(res).toMatchObject({ ok: false, brokenAt: 3n, rows: 2 });
    if (!res.ok) expect(res.reason).toMatch(/prevHash of seq 3/);
  });

  it("reports a deleted middle row", async () => {
    await resetLog(6);
    await tamper(`DELETE FROM "AuditLog" WHERE seq = 3`);
    const res = await verifyAuditChain(db);
    expect(res).toMatchObject({ ok: false, brokenAt: 3n, rows: 2 });
    if (!res.ok) expect(res.reason).toMatch(/expected 3, found 4/);
  });

  it("reports a deleted first row", async () => {
    await resetLog(3);
    await tamper(`DELETE FROM "AuditLog" WHERE seq = 1`);
    await expect(verifyAuditChain(db)).resolves.toMatchObject({ ok: false, brokenAt: 1n, rows: 0 });
  });

  it("reports renumbered rows (a deletion hidden by shifting seq)", async () => {
    await resetLog(5);
    await tamper(`DELETE FROM "AuditLog" WHERE seq = 3; UPDATE "AuditLog" SET seq = seq - 1 WHERE seq > 3`);
    const res = await verifyAuditChain(db);
    expect(res).toMatchObject({ ok: false, brokenAt: 3n });
  });
});
