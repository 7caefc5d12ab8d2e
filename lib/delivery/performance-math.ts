// Pure: delivery performance figures from aggregated counts.

export type PerformanceCounts = {
  dispatched: number;
  /** Distinct orders with a confirmed attempt in the range. */
  ordersAttempted: number;
  attempts: number;
  delivered: number;
  failed: number;
  refused: number;
  /** Sum of the attempt numbers of the delivering attempts (attempt 2 = the second try). */
  deliveredAttemptNoSum: number;
  /** Sum and count of dispatch → delivered durations, in seconds. */
  deliverSecondsSum: number;
  deliverTimed: number;
};

export type PerformanceFigures = PerformanceCounts & {
  /** delivered / orders attempted, 0..1; null when nothing was attempted. */
  successRate: number | null;
  /** Attempts a delivered order took on average; null without deliveries. */
  attemptsPerDelivered: number | null;
  /** Average time from dispatch to delivery in milliseconds; null without timed deliveries. */
  avgDeliverMs: number | null;
};

export const EMPTY_COUNTS: PerformanceCounts = {
  dispatched: 0,
  ordersAttempted: 0,
  attempts: 0,
  delivered: 0,
  failed: 0,
  refused: 0,
  deliveredAttemptNoSum: 0,
  deliverSecondsSum: 0,
  deliverTimed: 0,
};

export function performanceFigures(c: PerformanceCounts): PerformanceFigures {
  return {
    ...c,
    successRate: c.ordersAttempted > 0 ? Math.min(1, c.delivered / c.ordersAttempted) : null,
    attemptsPerDelivered: c.delivered > 0 ? c.deliveredAttemptNoSum / c.delivered : null,
    avgDeliverMs: c.deliverTimed > 0 ? Math.round((c.deliverSecondsSum / c.deliverTimed) * 1000) : null,
  };
}

/** Adds two count rows (e.g. a team total). */
export function addCounts(a: PerformanceCounts, b: PerformanceCounts): PerformanceCounts {
  const out = { ...a };
  for (const k of Object.keys(EMPTY_COUNTS) as Array<keyof PerformanceCounts>) out[k] = a[k] + b[k];
  return out;
}
