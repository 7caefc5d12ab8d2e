import "server-only";
import { db, type Db } from "@/lib/db/client";
import { parseSettings, type Settings } from "./catalogue";

// Read on every request (session timeouts): a few seconds of staleness is fine, a query per
// request is not needed. Writes clear the cache of the process that made them.
let cached: { at: number; value: Settings } | null = null;
const TTL_MS = 5_000;

export async function getSettings(client: Db = db): Promise<Settings> {
  if (cached && Date.now() - cached.at < TTL_MS && client === db) return cached.value;
  const value = parseSettings(await client.setting.findMany());
  if (client === db) cached = { at: Date.now(), value };
  return value;
}

export function clearSettingsCache(): void {
  cached = null;
}
