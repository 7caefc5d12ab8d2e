// Matching a company's statement lines against Atlas's records. Pure: the use-case loads the
// orders (with their COD collection) named by the statement and records the result.
import type { RemittanceCsvLine } from "./remittance-csv";

export type MatchKind = "matched" | "mismatched" | "unmatched" | "duplicate";
/** Why a line is not matched; stored in CompanyRemittanceLine.note ("duplicate_in_file:<first line>"). */
export type LineNote =
  "duplicate_in_file" | "already_remitted" | "other_company" | "in_house" | "not_delivered" | "amount_differs";

export type OrderForMatch = {
  id: string;
  code: string;
  collection: { id: string; companyId: string | null; remittanceId: string | null; amountFils: number } | null;
};

export type MatchedLine = RemittanceCsvLine & {
  match: MatchKind;
  orderId: string | null;
  collectionId: string | null;
  /** What Atlas recorded for the order (matched and amount-mismatched lines). */
  expectedFils: number | null;
  note: string | null;
};

/**
 * Each line, in file order:
 * - the same order already on an earlier line → duplicate (note names that line);
 * - no such order → unmatched;
 * - not delivered (no COD collection) → mismatched "not_delivered";
 * - delivered by an Atlas courier or another company → mismatched "in_house" / "other_company";
 * - this company's and already remitted → duplicate "already_remitted";
 * - amount differs → mismatched "amount_differs" (expected recorded);
 * - else matched (the collection will be linked to the remittance).
 */
export function matchRemittanceLines(
  lines: readonly RemittanceCsvLine[],
  orders: ReadonlyMap<string, OrderForMatch>,
  companyId: string,
): MatchedLine[] {
  const firstLine = new Map<string, number>();
  return lines.map((l) => {
    const base = { ...l, orderId: null, collectionId: null, expectedFils: null, note: null };
    const earlier = firstLine.get(l.orderCode);
    if (earlier !== undefined) {
      const o = orders.get(l.orderCode);
      return { ...base, orderId: o?.id ?? null, match: "duplicate", note: `duplicate_in_file:${earlier}` };
    }
    firstLine.set(l.orderCode, l.lineNo);
    const o = orders.get(l.orderCode);
    if (!o) return { ...base, match: "unmatched" };
    const c = o.collection;
    const found = { ...base, orderId: o.id };
    if (!c) return { ...found, match: "mismatched", note: "not_delivered" };
    if (c.companyId !== companyId)
      return { ...found, match: "mismatched", note: c.companyId ? "other_company" : "in_house" };
    if (c.remittanceId) return { ...found, collectionId: c.id, match: "duplicate", note: "already_remitted" };
    if (c.amountFils !== l.amountFils)
      return { ...found, collectionId: c.id, expectedFils: c.amountFils, match: "mismatched", note: "amount_differs" };
    return { ...found, collectionId: c.id, expectedFils: c.amountFils, match: "matched" };
  });
}

/** A stored note → its message key and the line it refers to (for duplicates in the file). */
export function describeLineNote(note: string | null): { key: LineNote; line?: number } | null {
  if (!note) return null;
  const [key, line] = note.split(":");
  const keys: readonly LineNote[] = [
    "duplicate_in_file",
    "already_remitted",
    "other_company",
    "in_house",
    "not_delivered",
    "amount_differs",
  ];
  if (!keys.includes(key as LineNote)) return null;
  return line ? { key: key as LineNote, line: Number(line) } : { key: key as LineNote };
}
