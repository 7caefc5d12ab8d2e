import { afterEach, describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientIpFrom", () => {
  const saved = process.env.TRUSTED_PROXY_HOPS;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUSTED_PROXY_HOPS;
    else process.env.TRUSTED_PROXY_HOPS = saved;
  });

  it("takes the rightmost X-Forwarded-For entry with one trusted hop", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientIpFrom(h({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("ignores spoofed leftmost entries", () => {
    const spoofed = h({ "x-forwarded-for": "6.6.6.6, 7.7.7.7,   198.51.100.4  " });
    expect(clientIpFrom(spoofed, 1)).toBe("198.51.100.4");
    expect(clientIpFrom(spoofed, 1)).not.toBe("6.6.6.6");
  });

  it("takes the Nth from the right with N trusted hops", () => {
    const xff = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    expect(clientIpFrom(xff, 2)).toBe("203.0.113.7");
    expect(clientIpFrom(xff, 3)).toBe("6.6.6.6");
    // more hops than entries: the leftmost is all there is
    expect(clientIpFrom(xff, 5)).toBe("6.6.6.6");
  });

  it("reads the hop count from TRUSTED_PROXY_HOPS, defaulting to 1 on nonsense", () => {
    const xff = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(clientIpFrom(xff)).toBe("203.0.113.7");
    process.env.TRUSTED_PROXY_HOPS = "zero";
    expect(clientIpFrom(xff)).toBe("10.0.0.2");
    process.env.TRUSTED_PROXY_HOPS = "0";
    expect(clientIpFrom(xff)).toBe("10.0.0.2");
  });

  it("unwraps IPv4-mapped IPv6 addresses", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "::ffff:192.0.2.9" }), 1)).toBe("192.0.2.9");
    expect(clientIpFrom(h({ "x-real-ip": "::FFFF:192.0.2.10" }), 1)).toBe("192.0.2.10");
    expect(clientIpFrom(h({ "x-forwarded-for": "2001:db8::1" }), 1)).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, then null", () => {
    expect(clientIpFrom(h({ "x-real-ip": " 192.0.2.1 " }), 1)).toBe("192.0.2.1");
    expect(clientIpFrom(h({ "x-forwarded-for": " , ", "x-real-ip": "192.0.2.1" }), 1)).toBe("192.0.2.1");
    expect(clientIpFrom(h({}), 1)).toBeNull();
  });

  it("bounds the length of what it returns", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "a".repeat(500) }), 1)?.length).toBe(64);
  });
});
