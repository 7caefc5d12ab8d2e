"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { ZAssignOrdersInput, ZAutoAssignInput, ZOrderIds } from "@/lib/callcenter/assign.schema";
import { assignOrders } from "@/lib/callcenter/assign-orders";
import { autoAssign } from "@/lib/callcenter/auto-assign";
import { nextOrder } from "@/lib/callcenter/claim-next";
import { endShift } from "@/lib/callcenter/end-shift";
import { recordOutcome } from "@/lib/callcenter/record-outcome";
import { ZRecordOutcomeInput } from "@/lib/callcenter/record-outcome.schema";
import { resolveEscalation } from "@/lib/callcenter/resolve-escalation";
import { ZResolveEscalationInput } from "@/lib/callcenter/resolve-escalation.schema";
import { retryReservations } from "@/lib/callcenter/retry-reservations";
import { startCall, ZStartCallInput } from "@/lib/callcenter/start-call";
import { startShift } from "@/lib/callcenter/start-shift";

const ZNone = z.object({}).strict();

export const nextOrderAction = defineAction({
  name: "callcenter.next_order",
  permission: "callcenter.call",
  schema: ZNone,
  rateLimit: "callcenter.mutation",
  run: (actor) => nextOrder(actor),
});
export const startCallAction = defineAction({
  name: "callcenter.start_call",
  permission: "callcenter.call",
  schema: ZStartCallInput,
  rateLimit: "callcenter.mutation",
  run: startCall,
});
export const recordOutcomeAction = defineAction({
  name: "callcenter.record_outcome",
  permission: "callcenter.call",
  schema: ZRecordOutcomeInput,
  rateLimit: "callcenter.mutation",
  run: recordOutcome,
});
export const startShiftAction = defineAction({
  name: "callcenter.start_shift",
  permission: "callcenter.call",
  schema: ZNone,
  rateLimit: "callcenter.mutation",
  run: (actor) => startShift(actor),
});
export const endShiftAction = defineAction({
  name: "callcenter.end_shift",
  permission: "callcenter.call",
  schema: ZNone,
  rateLimit: "callcenter.mutation",
  run: (actor) => endShift(actor),
});
export const assignOrdersAction = defineAction({
  name: "callcenter.assign",
  permission: "callcenter.assign",
  schema: ZAssignOrdersInput,
  rateLimit: "callcenter.mutation",
  run: assignOrders,
});
export const autoAssignAction = defineAction({
  name: "callcenter.auto_assign",
  permission: "callcenter.assign",
  schema: ZAutoAssignInput,
  rateLimit: "callcenter.mutation",
  run: autoAssign,
});
export const retryReservationsAction = defineAction({
  name: "callcenter.retry_reservations",
  permission: "callcenter.assign",
  schema: ZOrderIds,
  rateLimit: "callcenter.mutation",
  run: retryReservations,
});
export const resolveEscalationAction = defineAction({
  name: "callcenter.resolve_escalation",
  permission: "callcenter.escalations",
  schema: ZResolveEscalationInput,
  rateLimit: "callcenter.mutation",
  run: resolveEscalation,
});
