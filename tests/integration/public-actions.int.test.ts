// Public actions (no session): the per-IP rate limit is wired in, keyed by the client IP, and
// requests whose IP is unknown share one bucket instead of going unlimited.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { RequestContext } from "@/lib/security/request-context";
import { RATE_LIMITS } from "@/lib/security/rate-limits";

const ctx: { current: RequestContext } = { current: { ip: null, userAgent: "vitest", requestId: "req-1" } };
vi.mock("@/lib/security/request-context", () => ({ getRequestContext: async () => ctx.current }));

const { verifyEmailAction } = await import("@/lib/sellers/actions");

// A malformed token is refused by the use-case after the limiter has counted the attempt.
const attempt = () => verifyEmailAction({ token: "not-a-real-token" } as never);

describe("public action rate limits", () => {
  beforeEach(() => {
    ctx.current = { ip: null, userAgent: "vitest", requestId: "req-1" };
  });

  it("limits one IP, and leaves another IP alone", async () => {
    const budget = RATE_LIMITS["verify_email.ip"].tokens;
    ctx.current = { ...ctx.current, ip: "203.0.113.7" };
    for (let i = 0; i < budget; i++) {
      const res = await attempt();
      expect(res.ok).toBe(false);
      expect(res.ok === false && res.error).not.toBe("rate_limited");
    }
    const over = await attempt();
    expect(over).toMatchObject({ ok: false, error: "rate_limited" });
    ctx.current = { ...ctx.current, ip: "198.51.100.23" };
    const other = await attempt();
    expect(other.ok === false && other.error).not.toBe("rate_limited");
  });

  it("requests without a known IP share one bucket rather than being unlimited", async () => {
    const budget = RATE_LIMITS["verify_email.ip"].tokens;
    for (let i = 0; i < budget; i++) await attempt();
    expect(await attempt()).toMatchObject({ ok: false, error: "rate_limited" });
  });
});
