import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { blindIndex, decryptPii, encryptPii, resetPiiKeyring } from "./pii";

const k = () => randomBytes(32).toString("base64");

describe("PII encryption", () => {
  beforeEach(() => {
    process.env.PII_KEYS = `k2:${k()},k1:${k()}`;
    process.env.PII_HMAC_KEY = k();
    resetPiiKeyring();
  });

  it("round-trips and never repeats a ciphertext", () => {
    const a = encryptPii("+971501234567", "Order.customerPhone:o1");
    const b = encryptPii("+971501234567", "Order.customerPhone:o1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("971501234567");
    expect(a.startsWith("v1.k2.")).toBe(true);
    expect(decryptPii(a, "Order.customerPhone:o1")).toBe("+971501234567");
  });

  it("refuses a ciphertext moved to another row or column", () => {
    const a = encryptPii("secret", "Order.customerPhone:o1");
    expect(() => decryptPii(a, "Order.customerPhone:o2")).toThrow();
    expect(() => decryptPii(a, "Order.address:o1")).toThrow();
  });

  it("detects tampering", () => {
    const a = encryptPii("secret", "ctx");
    const parts = a.split(".");
    const body = Buffer.from(parts[3], "base64url");
    body[0] ^= 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptPii(parts.join("."), "ctx")).toThrow();
  });

  it("still decrypts rows written with an older key after rotation", () => {
    const old = process.env.PII_KEYS!.split(",")[1];
    process.env.PII_KEYS = old;
    resetPiiKeyring();
    const a = encryptPii("x", "ctx");
    process.env.PII_KEYS = `k3:${k()},${old}`;
    resetPiiKeyring();
    expect(decryptPii(a, "ctx")).toBe("x");
    expect(encryptPii("y", "ctx").startsWith("v1.k3.")).toBe(true);
  });

  it("blind index is deterministic per key and purpose, and keyed", () => {
    const a = blindIndex("+971501234567", "phone");
    expect(blindIndex("+971501234567", "phone")).toBe(a);
    expect(blindIndex("+971501234568", "phone")).not.toBe(a);
    expect(blindIndex("+971501234567", "email")).not.toBe(a);
    process.env.PII_HMAC_KEY = k();
    resetPiiKeyring();
    expect(blindIndex("+971501234567", "phone")).not.toBe(a);
  });

  it("fails closed without keys", () => {
    delete process.env.PII_KEYS;
    resetPiiKeyring();
    expect(() => encryptPii("x", "ctx")).toThrow(/PII_KEYS/);
  });
});
