// The order workflow, declared once: every state, every allowed transition, the permission
// it needs, what it requires and what it triggers. Use-cases look transitions up here and
// apply them as conditional updates (`where: { id, state: from, version }`) in a
// transaction, so a concurrent change loses cleanly. Nothing else may move an order.
import type { Permission } from "@/lib/rbac/permissions";
import type { StatusMeta } from "@/lib/ui/tone";

export const ORDER_STATES = [
  "seller_submitted",
  "callcenter_review",
  "callcenter_approved",
  "postponed",
  "no_answer",
  "escalated",
  "cancelled",
  "packaging_in_progress",
  "packaging_completed",
  "ready_for_delivery",
  "delivery_in_progress",
  "pending_manager_confirmation",
  "delivery_completed",
  "delivery_failed",
  "returning",
  "returned",
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const SELLER_STATUSES = [
  "pending",
  "confirmed",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
  "returned",
] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];

/** Who, beyond the permission, may fire a transition (checked against the order's row). */
export type Actor = "owner_seller" | "staff" | "assigned_agent" | "assigned_courier" | "any_holder" | "system";

export type Guard =
  | "approved_products"
  | "valid_address"
  | "agent_selected"
  | "attempts_left"
  | "attempts_exhausted"
  | "callback_in_future"
  | "callback_due"
  | "note_required"
  | "reason_required"
  | "stock_available"
  | "all_items_scanned"
  | "qc_passed"
  | "label_printed"
  | "courier_or_company"
  | "outcome_and_proof"
  | "inspection_recorded";

export type Effect =
  | "order_event"
  | "assign_agent"
  | "call_log"
  | "attempt_increment"
  | "notify_agent"
  | "notify_manager"
  | "notify_seller"
  | "reserve_stock"
  | "release_stock"
  | "consume_stock"
  | "assign_courier"
  | "cash_with_courier"
  | "cod_due_from_courier"
  | "schedule_reattempt"
  | "create_return"
  | "restock_or_damage";

export type Transition = {
  id: string;
  from: readonly OrderState[] | null; // null = creation
  to: OrderState;
  permission: Permission;
  actors: readonly Actor[];
  requires: readonly Guard[];
  effects: readonly Effect[];
};

export const TRANSITIONS = [
  {
    id: "submit",
    from: null,
    to: "seller_submitted",
    permission: "orders.create",
    actors: ["owner_seller", "staff"],
    requires: ["approved_products", "valid_address"],
    effects: ["order_event"],
  },
  {
    id: "assign_agent",
    from: ["seller_submitted"],
    to: "callcenter_review",
    permission: "callcenter.assign",
    actors: ["any_holder", "system"],
    requires: ["agent_selected"],
    effects: ["assign_agent", "order_event"],
  },
  {
    id: "claim_next",
    from: ["seller_submitted"],
    to: "callcenter_review",
    permission: "callcenter.call",
    actors: ["any_holder"],
    requires: [],
    effects: ["assign_agent", "order_event"],
  },
  {
    id: "no_answer",
    from: ["callcenter_review"],
    to: "callcenter_review",
    permission: "callcenter.call",
    actors: ["assigned_agent"],
    requires: ["attempts_left"],
    effects: ["call_log", "attempt_increment", "order_event"],
  },
  {
    id: "no_answer_final",
    from: ["callcenter_review"],
    to: "no_answer",
    permission: "callcenter.call",
    actors: ["assigned_agent"],
    requires: ["attempts_exhausted"],
    effects: ["call_log", "attempt_increment", "notify_manager", "order_event"],
  },
  {
    id: "postpone",
    from: ["callcenter_review"],
    to: "postponed",
    permission: "callcenter.call",
    actors: ["assigned_agent"],
    requires: ["callback_in_future"],
    effects: ["call_log", "order_event"],
  },
  {
    id: "callback_due",
    from: ["postponed"],
    to: "callcenter_review",
    permission: "callcenter.call",
    actors: ["assigned_agent", "system"],
    requires: ["callback_due"],
    effects: ["notify_agent", "order_event"],
  },
  {
    id: "escalate",
    from: ["callcenter_review"],
    to: "escalated",
    permission: "callcenter.call",
    actors: ["assigned_agent"],
    requires: ["note_required"],
    effects: ["call_log", "notify_manager", "order_event"],
  },
  {
    id: "escalation_return",
    from: ["escalated", "no_answer"],
    to: "callcenter_review",
    permission: "callcenter.escalations",
    actors: ["any_holder"],
    requires: [],
    effects: ["order_event"],
  },
  {
    id: "escalation_approve",
    from: ["escalated", "no_answer"],
    to: "callcenter_approved",
    permission: "callcenter.escalations",
    actors: ["any_holder"],
    requires: ["stock_available"],
    effects: ["reserve_stock", "notify_seller", "order_event"],
  },
  {
    id: "escalation_cancel",
    from: ["escalated", "no_answer"],
    to: "cancelled",
    permission: "callcenter.escalations",
    actors: ["any_holder"],
    requires: ["reason_required"],
    effects: ["release_stock", "notify_seller", "order_event"],
  },
  {
    id: "confirm",
    from: ["callcenter_review"],
    to: "callcenter_approved",
    permission: "callcenter.call",
    actors: ["assigned_agent"],
    requires: ["stock_available"],
    effects: ["call_log", "reserve_stock", "order_event"],
  },
  {
    id: "reserve_backorder",
    from: ["callcenter_review"],
    to: "callcenter_approved",
    permission: "callcenter.assign",
    actors: ["any_holder", "system"],
    requires: ["stock_available"],
    effects: ["reserve_stock", "notify_seller", "order_event"],
  },
  {
    id: "agent_cancel",
    from: ["callcenter_review"],
    to: "cancelled",
    permission: "callcenter.call",
    actors: ["assigned_agent", "system"],
    requires: ["reason_required"],
    effects: ["call_log", "release_stock", "notify_seller", "order_event"],
  },
  {
    id: "seller_cancel",
    from: ["seller_submitted"],
    to: "cancelled",
    permission: "orders.cancel_own",
    actors: ["owner_seller"],
    requires: [],
    effects: ["order_event"],
  },
  {
    id: "staff_cancel",
    from: ["seller_submitted"],
    to: "cancelled",
    permission: "orders.view_all",
    actors: ["staff"],
    requires: ["reason_required"],
    effects: ["notify_seller", "order_event"],
  },
  {
    id: "start_packing",
    from: ["callcenter_approved"],
    to: "packaging_in_progress",
    permission: "packaging.pack",
    actors: ["any_holder"],
    requires: [],
    effects: ["order_event"],
  },
  {
    id: "complete_packing",
    from: ["packaging_in_progress"],
    to: "packaging_completed",
    permission: "packaging.pack",
    actors: ["any_holder"],
    requires: ["all_items_scanned", "qc_passed"],
    effects: ["consume_stock", "order_event"],
  },
  {
    id: "mark_ready",
    from: ["packaging_completed"],
    to: "ready_for_delivery",
    permission: "labels.print",
    actors: ["any_holder"],
    requires: ["label_printed"],
    effects: ["order_event"],
  },
  {
    id: "dispatch",
    from: ["ready_for_delivery"],
    to: "delivery_in_progress",
    permission: "delivery.assign",
    actors: ["any_holder"],
    requires: ["courier_or_company"],
    effects: ["assign_courier", "order_event"],
  },
  {
    id: "courier_report",
    from: ["delivery_in_progress"],
    to: "pending_manager_confirmation",
    permission: "delivery.update_own",
    actors: ["assigned_courier"],
    requires: ["outcome_and_proof"],
    effects: ["cash_with_courier", "order_event"],
  },
  {
    id: "confirm_delivered",
    from: ["pending_manager_confirmation"],
    to: "delivery_completed",
    permission: "delivery.confirm",
    actors: ["any_holder"],
    requires: [],
    effects: ["cod_due_from_courier", "notify_seller", "order_event"],
  },
  {
    id: "confirm_failed_attempt",
    from: ["pending_manager_confirmation"],
    to: "delivery_in_progress",
    permission: "delivery.confirm",
    actors: ["any_holder"],
    requires: ["attempts_left"],
    effects: ["schedule_reattempt", "order_event"],
  },
  {
    id: "confirm_failed_final",
    from: ["pending_manager_confirmation"],
    to: "delivery_failed",
    permission: "delivery.confirm",
    actors: ["any_holder"],
    requires: ["attempts_exhausted"],
    effects: ["notify_seller", "order_event"],
  },
  {
    id: "start_return",
    from: ["pending_manager_confirmation", "delivery_failed"],
    to: "returning",
    permission: "delivery.confirm",
    actors: ["any_holder"],
    requires: [],
    effects: ["create_return", "notify_seller", "order_event"],
  },
  {
    id: "customer_return",
    from: ["delivery_completed"],
    to: "returning",
    permission: "delivery.confirm",
    actors: ["any_holder"],
    requires: ["reason_required"],
    effects: ["create_return", "notify_seller", "order_event"],
  },
  {
    id: "receive_return",
    from: ["returning"],
    to: "returned",
    permission: "returns.inspect",
    actors: ["any_holder"],
    requires: ["inspection_recorded"],
    effects: ["restock_or_damage", "order_event"],
  },
] as const satisfies readonly Transition[];

export type TransitionId = (typeof TRANSITIONS)[number]["id"];

const BY_ID = new Map<string, Transition>(TRANSITIONS.map((t) => [t.id, t]));

export function getTransition(id: TransitionId): Transition {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`Unknown transition ${id}`);
  return t;
}

/** Transitions that may leave `from` (for building action menus). */
export function transitionsFrom(from: OrderState): Transition[] {
  return TRANSITIONS.filter((t) => t.from?.includes(from as never));
}

export function canLeave(transition: Transition, from: OrderState): boolean {
  return transition.from !== null && transition.from.includes(from);
}

/**
 * Per state: the summary status a seller sees, and the tone its badge is shown in
 * (`<StatusBadge family="orderState">`).
 */
export const STATE_META: Record<OrderState, StatusMeta & { sellerStatus: SellerStatus }> = {
  seller_submitted: { sellerStatus: "pending", tone: "warning" },
  callcenter_review: { sellerStatus: "pending", tone: "info" },
  postponed: { sellerStatus: "pending", tone: "warning" },
  no_answer: { sellerStatus: "pending", tone: "danger" },
  escalated: { sellerStatus: "pending", tone: "danger" },
  callcenter_approved: { sellerStatus: "confirmed", tone: "info" },
  packaging_in_progress: { sellerStatus: "processing", tone: "progress" },
  packaging_completed: { sellerStatus: "processing", tone: "progress" },
  ready_for_delivery: { sellerStatus: "processing", tone: "progress" },
  delivery_in_progress: { sellerStatus: "shipped", tone: "accent" },
  pending_manager_confirmation: { sellerStatus: "shipped", tone: "accent" },
  delivery_failed: { sellerStatus: "shipped", tone: "danger" },
  delivery_completed: { sellerStatus: "delivered", tone: "success" },
  cancelled: { sellerStatus: "cancelled", tone: "neutral" },
  returning: { sellerStatus: "returned", tone: "warning" },
  returned: { sellerStatus: "returned", tone: "danger" },
};

/** Tone of each seller-facing status (`<StatusBadge family="sellerStatus">`). */
export const SELLER_STATUS_META: Record<SellerStatus, StatusMeta> = {
  pending: { tone: "warning" },
  confirmed: { tone: "info" },
  processing: { tone: "progress" },
  shipped: { tone: "accent" },
  delivered: { tone: "success" },
  cancelled: { tone: "neutral" },
  returned: { tone: "danger" },
};

/** The summary status a seller sees; raw courier input never shows through (SPEC §9). */
export function sellerStatusOf(state: OrderState): SellerStatus {
  return STATE_META[state].sellerStatus;
}

export function statesForSellerStatus(status: SellerStatus): OrderState[] {
  return ORDER_STATES.filter((s) => STATE_META[s].sellerStatus === status);
}

/** States nothing leaves. A delivered order is not one: the customer may still send it back (customer_return). */
export const TERMINAL_STATES: readonly OrderState[] = ["cancelled", "returned"];
