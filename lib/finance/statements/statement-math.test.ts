import { describe, expect, it } from "vitest";
import {
  computeStatement,
  statementSignature,
  totalsOf,
  type StatementFee,
  type StatementOrderInput,
  type StatementRefundInput,
} from "./statement-math";

const defaultSchedule = {
  kind: "schedule",
  scope: "default",
  effectiveFrom: new Date("2026-01-01T00:00:00Z"),
} as const;
const fee = (f: Partial<StatementFee> = {}): StatementFee => ({
  serviceFils: 500,
  fulfillmentFils: 300,
  deliveryFils: 1500,
  codFeeFils: 250,
  returnFeeFils: 0,
  source: defaultSchedule,
  ...f,
});
let n = 0;
const delivered = (
  codFils: number | null,
  f: Partial<StatementFee> = {},
  code = `#2610010${++n}`,
): StatementOrderInput => ({
  orderId: `o-${code}`,
  code,
  outcome: "delivered",
  at: new Date(`2026-10-0${(n % 9) + 1}T08:00:00Z`),
  cod: codFils === null ? null : { amountFils: codFils, collectedAt: new Date("2026-10-01T09:00:00Z") },
  fee: fee(f),
});
const returned = (f: Partial<StatementFee> = {}, code = `#2610020${++n}`): StatementOrderInput => ({
  orderId: `o-${code}`,
  code,
  outcome: "returned",
  at: new Date("2026-10-15T08:00:00Z"),
  cod: null,
  fee: fee({ codFeeFils: 0, returnFeeFils: 1000, ...f }),
});
const refund = (
  amountFils: number,
  orderCode = "#261001099",
  status: "approved" | "paid" = "approved",
): StatementRefundInput => ({
  refundId: `r-${++n}`,
  orderId: `o-${orderCode}`,
  orderCode,
  returnCode: `RET26101500${n}`,
  amountFils,
  status,
});

describe("computeStatement", () => {
  // [name, orders, refunds, cod, fees, refunds, payable]
  const cases: Array<[string, StatementOrderInput[], StatementRefundInput[], bigint, bigint, bigint, bigint]> = [
    ["nothing", [], [], 0n, 0n, 0n, 0n],
    ["one delivered order", [delivered(24900)], [], 24900n, 2550n, 0n, 22350n],
    ["two delivered orders", [delivered(24900), delivered(10000)], [], 34900n, 5100n, 0n, 29800n],
    ["a returned order: fees only, no COD", [returned()], [], 0n, 3300n, 0n, -3300n],
    ["delivered + returned", [delivered(24900), returned()], [], 24900n, 5850n, 0n, 19050n],
    ["zero COD still charges fees", [delivered(0)], [], 0n, 2550n, 0n, -2550n],
    ["no collection row counts as zero COD", [delivered(null)], [], 0n, 2550n, 0n, -2550n],
    ["partial refund", [delivered(24900)], [refund(5000)], 24900n, 2550n, 5000n, 17350n],
    [
      "full refund and a paid one",
      [delivered(24900)],
      [refund(24900), refund(100, "#261001098", "paid")],
      24900n,
      2550n,
      25000n,
      -2650n,
    ],
    [
      "edited fee (waived)",
      [
        delivered(24900, {
          serviceFils: 0,
          deliveryFils: 0,
          source: { kind: "edited", by: "Priya", note: "goodwill", at: null },
        }),
      ],
      [],
      24900n,
      550n,
      0n,
      24350n,
    ],
    ["seller owes: fees above COD", [delivered(1000), returned(), returned()], [], 1000n, 9150n, 0n, -8150n],
  ];
  it.each(cases)("%s", (_name, orders, refunds, cod, fees, refundsTotal, payable) => {
    const s = computeStatement(orders, refunds);
    expect(s.totals).toEqual({
      codFils: cod,
      feesFils: fees,
      refundsFils: refundsTotal,
      adjustmentsFils: 0n,
      payableFils: payable,
    });
    // payable is always the plain sum of the signed lines
    expect(s.lines.reduce((a, l) => a + l.amountFils, 0n)).toBe(payable);
    expect(s.orders.reduce((a, o) => a + o.netFils, 0n) + s.refunds.reduce((a, l) => a + l.amountFils, 0n)).toBe(
      payable,
    );
  });

  it("says where every line came from", () => {
    const edited = {
      kind: "edited",
      by: "Priya Sharma",
      note: "damaged box",
      at: new Date("2026-10-02T00:00:00Z"),
    } as const;
    const s = computeStatement(
      [delivered(24900, {}, "#261001001"), returned({ source: edited }, "#261001002")],
      [refund(700, "#261001001")],
    );
    const a = s.orders.find((o) => o.code === "#261001001")!;
    expect(a.lines.map((l) => [l.kind, l.amountFils])).toEqual([
      ["cod", 24900n],
      ["service_fee", -500n],
      ["fulfillment_fee", -300n],
      ["delivery_fee", -1500n],
      ["cod_fee", -250n],
    ]);
    expect(a.lines[0].source).toEqual({ kind: "cod_collection", collectedAt: new Date("2026-10-01T09:00:00Z") });
    expect(a.lines[1].source).toEqual(defaultSchedule);
    const b = s.orders.find((o) => o.code === "#261001002")!;
    expect(b.lines.some((l) => l.kind === "cod")).toBe(false);
    expect(b.lines.find((l) => l.kind === "return_fee")).toMatchObject({ amountFils: -1000n, source: edited });
    expect(s.refunds[0]).toMatchObject({
      kind: "refund",
      orderCode: "#261001001",
      amountFils: -700n,
      source: { kind: "refund", status: "approved" },
    });
    expect(s.refunds[0].source).toHaveProperty("returnCode");
  });

  it("skips zero fees but keeps a zero COD line", () => {
    const s = computeStatement([delivered(0, { codFeeFils: 0 })], []);
    expect(s.lines.map((l) => l.kind)).toEqual(["cod", "service_fee", "fulfillment_fee", "delivery_fee"]);
  });

  it("refuses negative amounts and the same order twice", () => {
    expect(() => computeStatement([delivered(-1)], [])).toThrow(RangeError);
    expect(() => computeStatement([delivered(100, { serviceFils: -5 })], [])).toThrow(RangeError);
    const o = delivered(100);
    expect(() => computeStatement([o, o], [])).toThrow(/twice/);
  });

  it("is exact beyond 2^53 fils in total", () => {
    const big = Array.from({ length: 3 }, () =>
      delivered(Number.MAX_SAFE_INTEGER, { serviceFils: 0, fulfillmentFils: 0, deliveryFils: 0, codFeeFils: 0 }),
    );
    expect(computeStatement(big, []).totals.payableFils).toBe(3n * BigInt(Number.MAX_SAFE_INTEGER));
  });
});

describe("totalsOf / statementSignature", () => {
  it("adds adjustments to payable", () => {
    expect(
      totalsOf([
        { kind: "cod", amountFils: 1000n },
        { kind: "adjustment", amountFils: -200n },
        { kind: "service_fee", amountFils: -100n },
      ]),
    ).toEqual({ codFils: 1000n, feesFils: 100n, refundsFils: 0n, adjustmentsFils: -200n, payableFils: 700n });
  });

  it("changes when any amount or line changes", () => {
    const o = delivered(24900, {}, "#261001050");
    const a = statementSignature(computeStatement([o], []));
    expect(statementSignature(computeStatement([o], []))).toBe(a);
    expect(statementSignature(computeStatement([{ ...o, fee: fee({ serviceFils: 501 }) }], []))).not.toBe(a);
    expect(statementSignature(computeStatement([o], [refund(1)]))).not.toBe(a);
  });
});
