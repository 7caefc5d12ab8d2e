import "server-only";
// Which stored files are encrypted at rest, in one place: identity and trade documents are
// personal data (SECURITY.md 14.1); product images are not. The ciphertext is bound to its
// storage key, so bytes copied under another key do not decrypt.
import { decryptBytes, encryptBytes } from "@/lib/crypto/pii";

const ENCRYPTED_PURPOSES: ReadonlySet<string> = new Set(["seller_document"]);

export function isEncryptedPurpose(purpose: string): boolean {
  return ENCRYPTED_PURPOSES.has(purpose);
}

/** The bytes to hand to fileStore().put for a file of this purpose. */
export function sealForStorage(purpose: string, storageKey: string, bytes: Uint8Array): Uint8Array {
  return isEncryptedPurpose(purpose) ? encryptBytes(bytes, `StoredFile:${storageKey}`) : bytes;
}

/** The original bytes from what fileStore().read returned. */
export function openFromStorage(purpose: string, storageKey: string, stored: Uint8Array): Uint8Array {
  return isEncryptedPurpose(purpose) ? decryptBytes(stored, `StoredFile:${storageKey}`) : stored;
}
