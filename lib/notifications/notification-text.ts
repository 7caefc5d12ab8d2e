// Pure: how a stored notification (type + params + link) becomes something to show. The text
// itself is translated at display time (messages/*.json `notifications.types.<type>`), so a
// notification written in one language reads in whichever language the user has now.

export const NOTIFICATION_TYPES = [
  "callback_due",
  "order_escalated",
  "no_answer_final",
  "orders_assigned",
  "order_cancelled",
  "order_delivered",
  "order_return_started",
  "low_stock",
  "return_inspected",
  "payout_paid",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The params each type's message needs; `count` is an ICU plural argument, so a number. */
const REQUIRED: Record<NotificationType, ReadonlyArray<{ name: string; kind: "string" | "number" }>> = {
  callback_due: [{ name: "code", kind: "string" }],
  order_escalated: [
    { name: "code", kind: "string" },
    { name: "agent", kind: "string" },
  ],
  no_answer_final: [{ name: "code", kind: "string" }],
  orders_assigned: [{ name: "count", kind: "number" }],
  order_cancelled: [{ name: "code", kind: "string" }],
  order_delivered: [{ name: "code", kind: "string" }],
  order_return_started: [{ name: "code", kind: "string" }],
  low_stock: [{ name: "sku", kind: "string" }],
  return_inspected: [{ name: "code", kind: "string" }],
  payout_paid: [{ name: "number", kind: "string" }],
};

export function isNotificationType(value: unknown): value is NotificationType {
  return typeof value === "string" && (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

export type NotificationMessage = { key: string; values: Record<string, string | number> };

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: an order code or a Latin name
// inside Arabic text keeps its own direction ("#A12" does not become "A12#").
const isolate = (s: string) => `\u2068${s}\u2069`;

/**
 * The message key (inside the `notifications` namespace) and its values. An unknown type, or
 * params that do not fit the type (rows written by an older or newer version), give the
 * generic text instead of a formatting error.
 */
export function notificationMessage(
  type: string,
  params: unknown,
  opts: { isolate?: boolean } = {},
): NotificationMessage {
  const generic = { key: "generic", values: {} };
  if (!isNotificationType(type)) return generic;
  const source =
    params && typeof params === "object" && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  const values: Record<string, string | number> = {};
  for (const { name, kind } of REQUIRED[type]) {
    const raw = source[name];
    if (kind === "number") {
      const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return generic;
      values[name] = n;
    } else {
      if (typeof raw !== "string" && typeof raw !== "number") return generic;
      const s = String(raw);
      if (!s) return generic;
      values[name] = opts.isolate ? isolate(s) : s;
    }
  }
  return { key: `types.${type}`, values };
}

/**
 * Links are locale-free in-app paths ("/callcenter/agent/orders/<id>"); anything else (an
 * absolute or protocol-relative URL, a backslash trick) is not a link.
 */
export function safeNotificationLink(link: unknown): string | null {
  if (typeof link !== "string" || link.length > 500) return null;
  if (!link.startsWith("/") || link.startsWith("//") || link.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f\s]/.test(link)) return null;
  return link;
}
