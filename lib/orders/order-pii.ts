import "server-only";
import { decryptPii, encryptPii } from "@/lib/crypto/pii";

// The customer's phone and precise address are stored encrypted, bound to their row and
// column (a ciphertext copied elsewhere will not decrypt). One place writes and reads them.

/** Where an encrypted value lives: a ciphertext copied to another row or column will not decrypt. */
export const phoneContext = (orderId: string) => `Order.customerPhone:${orderId}`;
export const addressContext = (orderId: string) => `Order.address:${orderId}`;
export const PHONE_INDEX = "order.customerPhone";

/** The encrypted part of the address (emirate, city and area stay plain for filtering). */
export type OrderAddress = { street: string; building: string | null; landmark: string | null };

export function toOrderAddress(v: {
  street: string;
  building?: string | null;
  landmark?: string | null;
}): OrderAddress {
  return { street: v.street, building: v.building || null, landmark: v.landmark || null };
}

export function encryptOrderAddress(address: OrderAddress, orderId: string): string {
  return encryptPii(JSON.stringify(toOrderAddress(address)), addressContext(orderId));
}

export function decryptOrderAddress(addressEnc: string, orderId: string): OrderAddress {
  return toOrderAddress(JSON.parse(decryptPii(addressEnc, addressContext(orderId))) as OrderAddress);
}

export function encryptOrderPhone(e164: string, orderId: string): string {
  return encryptPii(e164, phoneContext(orderId));
}

export function decryptOrderPhone(phoneEnc: string, orderId: string): string {
  return decryptPii(phoneEnc, phoneContext(orderId));
}

/** The customer block of an order's detail screens, decrypted (call only where the actor may see it). */
export function orderContact(o: {
  id: string;
  customerName: string;
  customerPhoneEnc: string;
  addressEnc: string;
  emirate: string;
  city: string;
  area: string | null;
}) {
  const address = decryptOrderAddress(o.addressEnc, o.id);
  return {
    customerName: o.customerName,
    customerPhone: decryptOrderPhone(o.customerPhoneEnc, o.id),
    emirate: o.emirate,
    city: o.city,
    area: o.area,
    ...address,
  };
}
