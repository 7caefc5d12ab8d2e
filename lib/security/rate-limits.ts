import "server-only";
// The one catalogue of rate limits, keyed by action name (STYLE.md rule 14).
import { Ratelimit } from "@upstash/ratelimit";
import { AppError } from "@/lib/errors";
import { scriptRedis } from "./redis";

type Window = `${number} ${"s" | "m" | "h"}`;
type Rule = { tokens: number; window: Window };

export const RATE_LIMITS = {
  "login.ip": { tokens: 30, window: "15 m" },
  "login.account": { tokens: 10, window: "15 m" },
  "password.change": { tokens: 10, window: "15 m" },
  "admin.mutation": { tokens: 120, window: "1 m" },
  "orders.export": { tokens: 10, window: "10 m" },
  "products.mutation": { tokens: 60, window: "1 m" },
  "products.import": { tokens: 30, window: "10 m" },
  "orders.import": { tokens: 120, window: "10 m" },
  "orders.create": { tokens: 60, window: "1 m" },
  "api.orders": { tokens: 120, window: "1 m" },
  "api.tokens": { tokens: 20, window: "10 m" },
  "callcenter.mutation": { tokens: 240, window: "1 m" },
  // Entity pickers (seller / product / courier search as you type): reads, but one per keystroke pause.
  "picker.search": { tokens: 300, window: "1 m" },
  // Warehouse and delivery floors: scanners fire fast, so the budgets are generous per user.
  "inventory.mutation": { tokens: 240, window: "1 m" },
  "packaging.mutation": { tokens: 600, window: "1 m" },
  "delivery.mutation": { tokens: 240, window: "1 m" },
  "courier.mutation": { tokens: 120, window: "1 m" },
  "returns.mutation": { tokens: 120, window: "1 m" },
  // Finance desks (fees, COD reconciliation, statements, payouts, refunds): one shared budget.
  "finance.mutation": { tokens: 120, window: "1 m" },
  // Public seller registration (and its email verification): few per IP, since each one
  // stores documents and sends an email, and a clear email_taken answer must not become an
  // account-enumeration oracle.
  "register.ip": { tokens: 5, window: "1 h" },
  "verify_email.ip": { tokens: 30, window: "15 m" },
} as const satisfies Record<string, Rule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * RATE_LIMIT_MULTIPLIER widens every budget (e.g. a browser test suite signing in dozens of
 * users from one IP). It cannot switch limits off: the minimum is the catalogue itself.
 */
function multiplier(): number {
  const m = Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1);
  return Number.isFinite(m) && m >= 1 ? Math.floor(m) : 1;
}

const limiters = new Map<RateLimitName, Ratelimit>();

async function limiter(name: RateLimitName): Promise<Ratelimit> {
  let l = limiters.get(name);
  if (!l) {
    const rule: Rule = RATE_LIMITS[name];
    l = new Ratelimit({
      // The adapter implements exactly the calls the limiter makes (see redis.ts).
      redis: (await scriptRedis()) as never,
      limiter: Ratelimit.slidingWindow(rule.tokens * multiplier(), rule.window),
      prefix: `atlas:rl:${name}`,
      ephemeralCache: false,
      analytics: false,
    });
    limiters.set(name, l);
  }
  return l;
}

/** Throws `rate_limited` (with seconds to wait) when `key` has used up `name`'s budget. */
export async function enforceRateLimit(name: RateLimitName, key: string | null | undefined): Promise<void> {
  if (!key) return;
  const res = await (await limiter(name)).limit(key);
  if (!res.success) {
    throw new AppError("rate_limited", { seconds: Math.max(1, Math.ceil((res.reset - Date.now()) / 1000)) });
  }
}
