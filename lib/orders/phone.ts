// Customer phone numbers → E.164. UAE formats are the core (mobile 05X…, +971 5X…, 00971…,
// landlines 0[2-9]…); numbers written with an explicit GCC country code are kept too, since
// sellers ship across the GCC. Arabic keyboards type Arabic-Indic digits: they are folded to
// ASCII first. Pure; used by forms (client), CSV import and the API (server).

const UAE_MOBILE_PREFIXES = new Set(["50", "52", "54", "55", "56", "58"]);
const UAE_LANDLINE_AREAS = new Set(["2", "3", "4", "6", "7", "9"]);
/** GCC country code → national significant number length. */
const GCC: Record<string, number> = { "966": 9, "968": 8, "973": 8, "974": 8, "965": 8 };

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: "phone_invalid" | "phone_not_supported" };

export function foldDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function normalisePhone(raw: string): PhoneResult {
  const folded = foldDigits(raw.trim());
  if (!/^[+\d\s\-().]{7,25}$/.test(folded)) return { ok: false, reason: "phone_invalid" };
  let digits = folded.replace(/[\s\-().]/g, "");
  if (digits.startsWith("+")) digits = digits.slice(1);
  else if (digits.startsWith("00")) digits = digits.slice(2);
  else if (digits.startsWith("0"))
    digits = `971${digits.slice(1)}`; // national UAE format
  else if (digits.length === 9 && UAE_MOBILE_PREFIXES.has(digits.slice(0, 2))) digits = `971${digits}`;
  if (!/^\d+$/.test(digits)) return { ok: false, reason: "phone_invalid" };

  if (digits.startsWith("971")) {
    const nsn = digits.slice(3);
    if (nsn.length === 9 && UAE_MOBILE_PREFIXES.has(nsn.slice(0, 2))) return { ok: true, e164: `+${digits}` };
    if (nsn.length === 8 && UAE_LANDLINE_AREAS.has(nsn[0])) return { ok: true, e164: `+${digits}` };
    return { ok: false, reason: "phone_invalid" };
  }
  for (const [cc, len] of Object.entries(GCC)) {
    if (digits.startsWith(cc)) {
      return digits.length - cc.length === len
        ? { ok: true, e164: `+${digits}` }
        : { ok: false, reason: "phone_invalid" };
    }
  }
  return { ok: false, reason: "phone_not_supported" };
}
