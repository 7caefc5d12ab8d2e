// Why an order was cancelled on the phone: a fixed list (reported on, translated under
// `callcenter.cancelReasons.<key>`); "other" needs a note.
export const CANCEL_REASONS = [
  "customer_refused",
  "changed_mind",
  "price_too_high",
  "ordered_elsewhere",
  "wrong_number",
  "fake_order",
  "duplicate_order",
  "out_of_coverage",
  "no_answer_final",
  "other",
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Reasons an agent or manager may pick (the final no-answer rule cancels with its own). */
export const PICKABLE_CANCEL_REASONS = CANCEL_REASONS.filter((r) => r !== "no_answer_final");
