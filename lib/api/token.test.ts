import { describe, expect, it } from "vitest";
import { bearerToken, displayPrefix, generateApiToken, hashApiToken, isApiTokenFormat } from "./token";
import { canonicalJson, requestHash } from "./request-hash";

describe("API tokens", () => {
  it("are atl_ + 43 base64url characters, unique, stored as their SHA-256 with a short prefix", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^atl_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashApiToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token.slice(4));
    expect(a.prefix).toBe(a.token.slice(0, 8));
    expect(displayPrefix(a.token)).toHaveLength(8);
  });
  it("accepts only well-formed bearer headers", () => {
    const { token } = generateApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Bearer ${token}x`)).toBeNull();
    expect(bearerToken("Bearer atl_short")).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(isApiTokenFormat(`xyz_${token.slice(4)}`)).toBe(false);
  });
});

describe("canonical request hash", () => {
  it("ignores key order and whitespace but not values", () => {
    const a = { customerName: "A", lines: [{ sku: "X", quantity: 1 }], nested: { b: 1, a: 2 } };
    const b = JSON.parse('{ "nested": {"a":2,"b":1}, "lines":[{"quantity":1,"sku":"X"}], "customerName":"A" }');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(requestHash(a)).toBe(requestHash(b));
    expect(requestHash({ ...a, customerName: "B" })).not.toBe(requestHash(a));
    expect(requestHash({ lines: [1, 2] })).not.toBe(requestHash({ lines: [2, 1] }));
    expect(requestHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
