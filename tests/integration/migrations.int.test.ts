// The migrations themselves, on an empty database (not the pre-migrated template).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/scripts/lib/run";
import { adminQuery, quoteIdent, urlForDatabase } from "../support/pg-admin";

const adminUrl = inject("pgAdminUrl");
const name = `mig_${randomBytes(4).toString("hex")}`;
const url = urlForDatabase(adminUrl, name);
const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const folders = readdirSync(migrationsDir)
  .filter((f) => statSync(path.join(migrationsDir, f)).isDirectory())
  .sort();

afterAll(async () => {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
});

describe("migrations", () => {
  it("apply to an empty database and record every folder", async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`);
    await prisma(["migrate", "deploy"], url, { quiet: true });

    const applied = await adminQuery<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
      url,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(folders.length).toBeGreaterThan(0);
    expect(applied.rows.map((r) => r.migration_name)).toEqual(folders);
    expect(applied.rows.every((r) => r.finished && !r.rolled_back)).toBe(true);
  }, 120_000);

  it("create the key tables, triggers, constraints and functions", async () => {
    const tables = await adminQuery<{ t: string }>(
      url,
      `SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public'`,
    );
    const names = new Set(tables.rows.map((r) => r.t));
    for (const t of [
      "User",
      "Role",
      "RolePermission",
      "UserPermissionOverride",
      "UserSession",
      "AuditLog",
      "Setting",
      "Order",
      "OrderEvent",
      "Product",
      "StockMovement",
      "StockBalance",
      "SellerProfile",
      "Warehouse",
      "BinLocation",
    ]) {
      expect(names.has(t), t).toBe(true);
    }

    const triggers = await adminQuery<{ name: string }>(
      url,
      `SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal`,
    );
    expect(triggers.rows.map((r) => r.name).sort()).toEqual(
      expect.arrayContaining([
        "audit_log_chain",
        "audit_log_no_truncate",
        "audit_log_no_update",
        "stock_movement_no_truncate",
        "stock_movement_no_update",
      ]),
    );

    const checks = await adminQuery<{ name: string }>(
      url,
      `SELECT conname::text AS name FROM pg_constraint WHERE contype = 'c'`,
    );
    expect(checks.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "StockBalance_onHand_nonneg",
        "StockBalance_reserved_nonneg",
        "StockBalance_reserved_le_onHand",
      ]),
    );

    const fn = await adminQuery<{ n: string }>(
      url,
      `SELECT count(*)::text AS n FROM pg_proc WHERE proname = 'atlas_audit_payload'`,
    );
    expect(fn.rows[0].n).toBe("1");
  });

  it("are all applied again by a second deploy as a no-op", async () => {
    const out = await prisma(["migrate", "deploy"], url, { quiet: true });
    expect(out).toMatch(/No pending migrations/i);
  }, 120_000);
});
