// System settings with their types, bounds and defaults. Stored as JSON rows in `Setting`;
// anything missing or out of bounds falls back to the default here.
import { z } from "zod";

export const SETTINGS = {
  "session.idleMinutes": z.number().int().min(5).max(24 * 60).default(30),
  "session.absoluteHours": z.number().int().min(1).max(24 * 7).default(12),
  "session.rememberDays": z.number().int().min(1).max(90).default(30),
  "auth.lockoutThreshold": z.number().int().min(3).max(20).default(5),
  "auth.lockoutMinutes": z.number().int().min(1).max(24 * 60).default(15),
  /** Same phone + same product from the same seller within this many hours = likely duplicate. */
  "orders.duplicateWindowHours": z.number().int().min(1).max(24 * 30).default(72),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]> };

export const ZSettingsInput = z.object(SETTINGS).strict();

export function parseSettings(rows: Array<{ key: string; value: unknown }>): Settings {
  const raw: Record<string, unknown> = {};
  for (const r of rows) if (r.key in SETTINGS) raw[r.key] = r.value;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SETTINGS)) {
    const parsed = schema.safeParse(raw[key]);
    out[key] = parsed.success ? parsed.data : schema.parse(undefined);
  }
  return out as Settings;
}
