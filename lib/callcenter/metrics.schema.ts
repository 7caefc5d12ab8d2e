// The call-center metrics filter, read from the URL (GET form): a period of UAE calendar days
// (default: the last 7 days up to today) and, for managers, one agent. Unlike list filters, a
// bad period is an error the page shows (a silently different period would mislead); a bad
// agent id is dropped. No server imports: the form may use it too.
import { z } from "zod";
import { addDays, daysInclusive, isIsoDay } from "./metrics-math";

export const METRICS_DEFAULT_DAYS = 7;
export const METRICS_MAX_DAYS = 92;

/** Error codes of the filter (translated as `ccMetrics.errors.<code>`). */
export const METRICS_FILTER_ERRORS = ["invalid_day", "range_reversed", "range_too_long"] as const;
export type MetricsFilterError = (typeof METRICS_FILTER_ERRORS)[number];

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

const ZDay = z.preprocess(
  blank,
  z.string({ message: "invalid_day" }).trim().refine(isIsoDay, { message: "invalid_day" }).optional(),
);

const ZAgentId = z.preprocess(blank, z.string().trim().min(1).max(64).optional()).catch(undefined);

/** The filter, with defaults resolved against `today` (the current UAE day, "YYYY-MM-DD"). */
export function metricsFilterSchema(today: string) {
  return z
    .object({ from: ZDay, to: ZDay, agentId: ZAgentId })
    .transform(({ from, to, agentId }) => {
      const end = to ?? today;
      return { from: from ?? addDays(end, -(METRICS_DEFAULT_DAYS - 1)), to: end, agentId };
    })
    .superRefine((v, ctx) => {
      if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "range_reversed" });
      else if (daysInclusive(v.from, v.to) > METRICS_MAX_DAYS)
        ctx.addIssue({ code: "custom", path: ["to"], message: "range_too_long" });
    });
}

export type MetricsFilterInput = { from?: string | null; to?: string | null; agentId?: string | null };
export type MetricsFilter = z.output<ReturnType<typeof metricsFilterSchema>>;

export function isMetricsFilterError(code: string): code is MetricsFilterError {
  return (METRICS_FILTER_ERRORS as readonly string[]).includes(code);
}
