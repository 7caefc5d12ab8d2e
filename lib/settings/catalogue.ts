// System settings with their types, bounds and defaults. Stored as JSON rows in `Setting`;
// anything missing or out of bounds falls back to the default here.
import { z } from "zod";

export const SETTINGS = {
  "session.idleMinutes": z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  "session.absoluteHours": z
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  "session.rememberDays": z.number().int().min(1).max(90).default(30),
  "auth.lockoutThreshold": z.number().int().min(3).max(20).default(5),
  "auth.lockoutMinutes": z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Same phone + same product from the same seller within this many hours = likely duplicate. */
  "orders.duplicateWindowHours": z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** Unanswered calls an order gets; the last of them is the "final" attempt. */
  "callcenter.maxAttempts": z.number().int().min(1).max(10).default(3),
  /** An unanswered order comes back to the agent's "next" after this many minutes. */
  "callcenter.retryMinutes": z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** After the final unanswered call: hand the order to the manager, or cancel it. */
  "callcenter.afterFinalNoAnswer": z.enum(["escalate", "cancel"]).default("escalate"),
  /** How far ahead a callback may be set, and how many times one order may be postponed. */
  "callcenter.callbackMaxDays": z.number().int().min(1).max(30).default(7),
  "callcenter.maxPostpones": z.number().int().min(1).max(10).default(3),
  /** Auto-assignment: fewest open orders first, or least recently assigned first. */
  "callcenter.autoAssignMode": z.enum(["least_loaded", "round_robin"]).default("least_loaded"),
  /** Auto-assignment stops giving an agent orders at this many open ones. */
  "callcenter.maxOpenPerAgent": z.number().int().min(1).max(500).default(40),
  /** Delivery attempts an order gets; a failed one at this count sends the goods back. */
  "delivery.maxAttempts": z.number().int().min(1).max(10).default(3),
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** The choices of an enum setting (the settings form renders a select), or null for numbers. */
export function settingChoices(key: SettingKey): readonly string[] | null {
  const schema = SETTINGS[key] as z.ZodType;
  const inner = schema instanceof z.ZodDefault ? (schema.def.innerType as z.ZodType) : schema;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}
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
