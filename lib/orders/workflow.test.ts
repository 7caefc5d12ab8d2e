import { describe, expect, it } from "vitest";
import { OrderState as PrismaOrderState } from "@/generated/prisma/enums";
import { isPermission } from "@/lib/rbac/permissions";
import {
  ORDER_STATES,
  SELLER_STATUSES,
  TERMINAL_STATES,
  TRANSITIONS,
  canLeave,
  getTransition,
  sellerStatusOf,
  statesForSellerStatus,
  transitionsFrom,
  type OrderState,
} from "./workflow";

describe("order workflow table", () => {
  it("declares exactly the database's OrderState values", () => {
    expect([...ORDER_STATES].sort()).toEqual(Object.values(PrismaOrderState).sort());
  });

  it("uses unique transition ids", () => {
    const ids = TRANSITIONS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("only moves between declared states", () => {
    const states = new Set<string>(ORDER_STATES);
    for (const t of TRANSITIONS) {
      expect(states.has(t.to), `${t.id} to`).toBe(true);
      for (const f of t.from ?? []) expect(states.has(f), `${t.id} from ${f}`).toBe(true);
    }
  });

  it("requires a catalogue permission for every transition", () => {
    for (const t of TRANSITIONS) expect(isPermission(t.permission), `${t.id}: ${t.permission}`).toBe(true);
  });

  it("has exactly one creation transition, into seller_submitted", () => {
    const creations = TRANSITIONS.filter((t) => t.from === null);
    expect(creations.map((t) => t.id)).toEqual(["submit"]);
    expect(creations[0].to).toBe("seller_submitted");
  });

  it("treats cancelled and returned as terminal; delivered only leaves through a customer return", () => {
    expect([...TERMINAL_STATES].sort()).toEqual(["cancelled", "returned"]);
    expect(transitionsFrom("delivery_completed").map((t) => t.id)).toEqual(["customer_return"]);
  });

  it("never leaves a terminal state", () => {
    for (const s of TERMINAL_STATES) expect(transitionsFrom(s), s).toEqual([]);
  });

  it("can leave every non-terminal state", () => {
    for (const s of ORDER_STATES) {
      if (TERMINAL_STATES.includes(s)) continue;
      expect(transitionsFrom(s).length, s).toBeGreaterThan(0);
    }
  });

  it("can reach every state from creation", () => {
    const reached = new Set<OrderState>(["seller_submitted"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (t.from?.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...ORDER_STATES].sort());
  });

  it("follows the specified happy path", () => {
    const path: Array<[string, OrderState, OrderState]> = [
      ["assign_agent", "seller_submitted", "callcenter_review"],
      ["confirm", "callcenter_review", "callcenter_approved"],
      ["start_packing", "callcenter_approved", "packaging_in_progress"],
      ["complete_packing", "packaging_in_progress", "packaging_completed"],
      ["mark_ready", "packaging_completed", "ready_for_delivery"],
      ["dispatch", "ready_for_delivery", "delivery_in_progress"],
      ["courier_report", "delivery_in_progress", "pending_manager_confirmation"],
      ["confirm_delivered", "pending_manager_confirmation", "delivery_completed"],
    ];
    for (const [id, from, to] of path) {
      const t = getTransition(id as never);
      expect(canLeave(t, from), id).toBe(true);
      expect(t.to, id).toBe(to);
    }
  });

  it("reserves stock on approval and consumes it when packing completes", () => {
    expect(getTransition("confirm").effects).toContain("reserve_stock");
    expect(getTransition("confirm").requires).toContain("stock_available");
    expect(getTransition("complete_packing").effects).toContain("consume_stock");
    expect(getTransition("agent_cancel").effects).toContain("release_stock");
  });

  it("lets a seller cancel only before the call center has it", () => {
    const t = getTransition("seller_cancel");
    expect(t.permission).toBe("orders.cancel_own");
    expect(t.from).toEqual(["seller_submitted"]);
    expect(canLeave(t, "callcenter_review")).toBe(false);
  });

  it("rejects unknown transition ids", () => {
    expect(() => getTransition("teleport" as never)).toThrow(/Unknown transition/);
  });

  it("creation cannot 'leave' any state", () => {
    expect(canLeave(getTransition("submit"), "seller_submitted")).toBe(false);
  });
});

describe("seller-facing status (SPEC §4)", () => {
  const expected: Record<OrderState, string> = {
    seller_submitted: "pending",
    callcenter_review: "pending",
    postponed: "pending",
    escalated: "pending",
    no_answer: "pending",
    callcenter_approved: "confirmed",
    packaging_in_progress: "processing",
    packaging_completed: "processing",
    ready_for_delivery: "processing",
    delivery_in_progress: "shipped",
    pending_manager_confirmation: "shipped",
    delivery_failed: "shipped",
    delivery_completed: "delivered",
    cancelled: "cancelled",
    returning: "returned",
    returned: "returned",
  };

  it.each(Object.entries(expected))("%s → %s", (state, status) => {
    expect(sellerStatusOf(state as OrderState)).toBe(status);
  });

  it("maps every state to a declared seller status", () => {
    for (const s of ORDER_STATES) expect(SELLER_STATUSES).toContain(sellerStatusOf(s));
  });

  it("inverts the mapping", () => {
    expect(statesForSellerStatus("shipped").sort()).toEqual([
      "delivery_failed",
      "delivery_in_progress",
      "pending_manager_confirmation",
    ]);
    expect(statesForSellerStatus("returned").sort()).toEqual(["returned", "returning"]);
    const all = SELLER_STATUSES.flatMap((s) => statesForSellerStatus(s));
    expect(all.sort()).toEqual([...ORDER_STATES].sort());
  });
});
