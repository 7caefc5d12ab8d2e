// The colour families a status or a figure can be shown in. Status tables in lib
// (`STATE_META` in lib/orders/workflow.ts, `USER_STATUS_META`, `RETURN_STATUS_META`, …) say
// which tone each value has; `components/ui/badge.tsx` and `kpi.tsx` turn a tone into classes.
// Pure and client-safe.

export const TONES = ["neutral", "info", "progress", "accent", "success", "warning", "danger"] as const;
export type Tone = (typeof TONES)[number];

/** One row of a status table: how a value of that status family is shown. */
export type StatusMeta = { tone: Tone };
