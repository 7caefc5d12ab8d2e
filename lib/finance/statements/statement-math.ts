// A seller's statement for a period, from its source rows: per order, the confirmed COD
// (delivered orders) and every fee of the order's OrderFee; refunds approved or paid and not
// yet invoiced; payable = Σ of the signed lines. Every line says where its number came from.
// Pure: the loader (load-statement.ts) reads the rows, this file only adds them up.

/** Same names as the InvoiceLineKind enum (prisma/schema/finance.prisma). */
export const STATEMENT_LINE_KINDS = [
  "cod",
  "service_fee",
  "fulfillment_fee",
  "delivery_fee",
  "cod_fee",
  "return_fee",
  "refund",
  "adjustment",
] as const;
export type StatementLineKind = (typeof STATEMENT_LINE_KINDS)[number];

export const FEE_KINDS = ["service_fee", "fulfillment_fee", "delivery_fee", "cod_fee", "return_fee"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** Where an order's fees came from. */
export type FeeSource =
  | { kind: "schedule"; scope: "default" | "seller"; effectiveFrom: Date }
  | { kind: "edited"; by: string; note: string | null; at: Date | null }
  | { kind: "unlinked" };

export type StatementFee = {
  serviceFils: number;
  fulfillmentFils: number;
  deliveryFils: number;
  codFeeFils: number;
  returnFeeFils: number;
  source: FeeSource;
};

export type StatementOrderInput = {
  orderId: string;
  code: string;
  /** delivered: deliveredAt in the period; returned: came back (never delivered) in the period. */
  outcome: "delivered" | "returned";
  at: Date;
  /** CodCollection.amountFils confirmed by the delivery manager; null = no collection row. */
  cod: { amountFils: number; collectedAt: Date } | null;
  fee: StatementFee;
};

export type StatementRefundInput = {
  refundId: string;
  orderId: string;
  orderCode: string;
  returnCode: string;
  amountFils: number;
  status: "approved" | "paid";
};

export type LineSource =
  | { kind: "cod_collection"; collectedAt: Date }
  | { kind: "cod_missing" }
  | FeeSource
  | { kind: "refund"; returnCode: string; status: "approved" | "paid" };

export type StatementLine = {
  /** Stable identity of the line: "<kind>:<orderId or refundId>". */
  key: string;
  orderId: string | null;
  orderCode: string | null;
  refundId: string | null;
  kind: StatementLineKind;
  /** Signed: positive is owed to the seller, negative is charged to it. */
  amountFils: bigint;
  source: LineSource;
};

export type StatementOrder = {
  orderId: string;
  code: string;
  outcome: "delivered" | "returned";
  at: Date;
  lines: StatementLine[];
  netFils: bigint;
};

export type StatementTotals = {
  codFils: bigint;
  /** Sum of the fees charged (a positive number; the lines carry it negative). */
  feesFils: bigint;
  /** Sum of the refunds deducted (positive). */
  refundsFils: bigint;
  adjustmentsFils: bigint;
  /** codFils - feesFils - refundsFils + adjustmentsFils; negative = the seller owes Atlas. */
  payableFils: bigint;
};

export type Statement = {
  orders: StatementOrder[];
  refunds: StatementLine[];
  /** Every line in order: each order's lines (by order time, then code), then the refunds. */
  lines: StatementLine[];
  totals: StatementTotals;
};

const FEE_FIELDS: ReadonlyArray<[FeeKind, keyof Omit<StatementFee, "source">]> = [
  ["service_fee", "serviceFils"],
  ["fulfillment_fee", "fulfillmentFils"],
  ["delivery_fee", "deliveryFils"],
  ["cod_fee", "codFeeFils"],
  ["return_fee", "returnFeeFils"],
];

function assertFils(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what}: bad fils amount ${n}`);
}

function orderLines(o: StatementOrderInput): StatementLine[] {
  const base = { orderId: o.orderId, orderCode: o.code, refundId: null };
  const lines: StatementLine[] = [];
  if (o.outcome === "delivered") {
    const amount = o.cod?.amountFils ?? 0;
    assertFils(amount, `COD of ${o.code}`);
    lines.push({
      ...base,
      key: `cod:${o.orderId}`,
      kind: "cod",
      amountFils: BigInt(amount),
      source: o.cod ? { kind: "cod_collection", collectedAt: o.cod.collectedAt } : { kind: "cod_missing" },
    });
  }
  for (const [kind, field] of FEE_FIELDS) {
    const fils = o.fee[field];
    assertFils(fils, `${kind} of ${o.code}`);
    if (fils === 0) continue;
    lines.push({ ...base, key: `${kind}:${o.orderId}`, kind, amountFils: -BigInt(fils), source: o.fee.source });
  }
  return lines;
}

/** The statement of these orders and refunds (each order once; duplicates are a bug upstream). */
export function computeStatement(
  ordersIn: readonly StatementOrderInput[],
  refundsIn: readonly StatementRefundInput[],
): Statement {
  const seen = new Set<string>();
  for (const o of ordersIn) {
    if (seen.has(o.orderId)) throw new Error(`order ${o.code} twice in one statement`);
    seen.add(o.orderId);
  }
  const sorted = [...ordersIn].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const orders: StatementOrder[] = sorted.map((o) => {
    const lines = orderLines(o);
    return {
      orderId: o.orderId,
      code: o.code,
      outcome: o.outcome,
      at: o.at,
      lines,
      netFils: lines.reduce((s, l) => s + l.amountFils, 0n),
    };
  });
  const refunds: StatementLine[] = [...refundsIn]
    .sort((a, b) => (a.orderCode < b.orderCode ? -1 : a.orderCode > b.orderCode ? 1 : a.refundId < b.refundId ? -1 : 1))
    .map((r) => {
      assertFils(r.amountFils, `refund of ${r.returnCode}`);
      return {
        key: `refund:${r.refundId}`,
        orderId: r.orderId,
        orderCode: r.orderCode,
        refundId: r.refundId,
        kind: "refund" as const,
        amountFils: -BigInt(r.amountFils),
        source: { kind: "refund" as const, returnCode: r.returnCode, status: r.status },
      };
    });
  const lines = [...orders.flatMap((o) => o.lines), ...refunds];
  return { orders, refunds, lines, totals: totalsOf(lines) };
}

export function totalsOf(lines: readonly Pick<StatementLine, "kind" | "amountFils">[]): StatementTotals {
  let codFils = 0n,
    feesFils = 0n,
    refundsFils = 0n,
    adjustmentsFils = 0n;
  for (const l of lines) {
    if (l.kind === "cod") codFils += l.amountFils;
    else if (l.kind === "refund") refundsFils -= l.amountFils;
    else if (l.kind === "adjustment") adjustmentsFils += l.amountFils;
    else feesFils -= l.amountFils;
  }
  return {
    codFils,
    feesFils,
    refundsFils,
    adjustmentsFils,
    payableFils: codFils - feesFils - refundsFils + adjustmentsFils,
  };
}

/**
 * A canonical text of the statement's lines (what generation compares against what the
 * finance user saw: any change in between — a new delivery, an edited fee, a refund — alters it).
 */
export function statementSignature(s: Pick<Statement, "lines">): string {
  return s.lines.map((l) => `${l.key}=${l.amountFils}`).join("|");
}
