import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { decryptBytes, encryptBytes, resetPiiKeyring } from "./pii";

const k = () => randomBytes(32).toString("base64");

describe("file bytes encryption", () => {
  beforeEach(() => {
    process.env.PII_KEYS = `k2:${k()},k1:${k()}`;
    process.env.PII_HMAC_KEY = k();
    resetPiiKeyring();
  });

  it("round-trips binary content without exposing it", () => {
    const plain = Buffer.concat([Buffer.from("%PDF-1.4 passport 784-1990-1234567-1"), randomBytes(100)]);
    const enc = encryptBytes(plain, "StoredFile:sellers/a/b");
    expect(enc.includes(Buffer.from("784-1990"))).toBe(false);
    expect(decryptBytes(enc, "StoredFile:sellers/a/b").equals(plain)).toBe(true);
  });

  it("refuses another storage key, tampering and garbage", () => {
    const enc = encryptBytes(Buffer.from("secret"), "StoredFile:one");
    expect(() => decryptBytes(enc, "StoredFile:two")).toThrow();
    const bad = Buffer.from(enc);
    bad[bad.length - 20] ^= 1;
    expect(() => decryptBytes(bad, "StoredFile:one")).toThrow();
    expect(() => decryptBytes(Buffer.from("%PDF-1.4"), "StoredFile:one")).toThrow();
  });
});
