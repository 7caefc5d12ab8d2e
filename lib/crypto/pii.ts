import "server-only";
// Customer PII at rest (ASVS 14.1): AES-256-GCM with a random 96-bit IV, the key id in the
// ciphertext (so keys can rotate: new writes use the first key, old rows still decrypt), and
// the row/column bound as associated data (a ciphertext copied to another row or column does
// not decrypt). Phone search goes through a keyed HMAC blind index: a plain hash of a phone
// number would be reversed by enumerating the few billion possible numbers.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

type Keyring = { current: { id: string; key: Buffer }; byId: Map<string, Buffer>; hmac: Buffer };

let ring: Keyring | null = null;

/** PII_KEYS = "k2:<base64 32 bytes>,k1:<…>" (first is current); PII_HMAC_KEY = base64 ≥ 32 bytes. */
function keyring(): Keyring {
  if (ring) return ring;
  const spec = process.env.PII_KEYS;
  const hmac = process.env.PII_HMAC_KEY;
  if (!spec || !hmac) throw new Error("PII_KEYS and PII_HMAC_KEY must be set (npm run dev and npm test generate them)");
  const byId = new Map<string, Buffer>();
  let current: Keyring["current"] | null = null;
  for (const part of spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, b64] = part.split(":");
    const key = Buffer.from(b64 ?? "", "base64");
    if (!/^[a-z0-9]{1,16}$/i.test(id ?? "") || key.length !== 32)
      throw new Error("PII_KEYS: each entry is <id>:<base64 of 32 bytes>");
    byId.set(id, key);
    current ??= { id, key };
  }
  const hmacKey = Buffer.from(hmac, "base64");
  if (!current || hmacKey.length < 32) throw new Error("PII_KEYS / PII_HMAC_KEY are malformed");
  return (ring = { current, byId, hmac: hmacKey });
}

/** For tests that change the environment. */
export function resetPiiKeyring(): void {
  ring = null;
}

/** `context` names where the value lives, e.g. `Order.customerPhone:<orderId>`. */
export function encryptPii(plaintext: string, context: string): string {
  const { current } = keyring();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", current.id, iv.toString("base64url"), Buffer.concat([body, tag]).toString("base64url")].join(".");
}

export function decryptPii(ciphertext: string, context: string): string {
  const [version, id, ivB64, dataB64] = ciphertext.split(".");
  const key = keyring().byId.get(id ?? "");
  if (version !== "v1" || !key || !ivB64 || !dataB64)
    throw new Error("PII ciphertext is malformed or its key is unknown");
  const data = Buffer.from(dataB64, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivB64, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
}

/** Deterministic keyed index for equality search (e.g. E.164 phone). */
export function blindIndex(value: string, purpose: string): string {
  return createHmac("sha256", keyring().hmac).update(`${purpose}\u0000${value}`).digest("base64url");
}

// Uploaded identity documents (ASVS 14.1): the same keyring and AES-256-GCM, in a binary
// envelope so a 5 MB scan does not grow by base64 twice.
// Layout: "AE1" | key-id length (1 byte) | key id | IV (12) | ciphertext | tag (16).
const BYTES_MAGIC = Buffer.from("AE1", "ascii");

/** `context` binds the ciphertext to where it is stored (e.g. `StoredFile:<storageKey>`). */
export function encryptBytes(plaintext: Uint8Array, context: string): Buffer {
  const { current } = keyring();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const id = Buffer.from(current.id, "ascii");
  return Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), id, iv, body, cipher.getAuthTag()]);
}

export function decryptBytes(envelope: Uint8Array, context: string): Buffer {
  const buf = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  if (buf.length < 4 || !buf.subarray(0, 3).equals(BYTES_MAGIC)) throw new Error("encrypted file is malformed");
  const idLen = buf[3];
  const id = buf.subarray(4, 4 + idLen).toString("ascii");
  const key = keyring().byId.get(id);
  const ivStart = 4 + idLen;
  if (!key || buf.length < ivStart + 12 + 16) throw new Error("encrypted file is malformed or its key is unknown");
  const decipher = createDecipheriv("aes-256-gcm", key, buf.subarray(ivStart, ivStart + 12));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(buf.subarray(buf.length - 16));
  return Buffer.concat([decipher.update(buf.subarray(ivStart + 12, buf.length - 16)), decipher.final()]);
}
