"use server";
import { defineAction } from "@/lib/actions/action";
import { recordHandover } from "@/lib/finance/cod/record-handover";
import { ZRecordHandoverInput } from "@/lib/finance/cod/record-handover.schema";
import { recordRemittance } from "@/lib/finance/cod/record-remittance";
import { ZRecordRemittanceInput } from "@/lib/finance/cod/record-remittance.schema";
import { resolveHandover } from "@/lib/finance/cod/resolve-handover";
import { ZResolveHandoverInput } from "@/lib/finance/cod/resolve-handover.schema";
import { filsToAedInput } from "@/lib/money/parse-aed";

// The use-cases re-parse their raw input, so parsed amounts (fils) go back as exact AED text.
export const recordHandoverAction = defineAction({
  name: "finance.cod.handover",
  permission: "finance.cod.reconcile",
  schema: ZRecordHandoverInput,
  rateLimit: "finance.mutation",
  run: async (actor, input) => {
    const r = await recordHandover(actor, { ...input, receivedAed: filsToAedInput(input.receivedAed) });
    return { id: r.id, code: r.code, status: r.status, differenceFils: r.differenceFils.toString() };
  },
});

export const resolveHandoverAction = defineAction({
  name: "finance.cod.resolve_handover",
  permission: "finance.cod.reconcile",
  schema: ZResolveHandoverInput,
  rateLimit: "finance.mutation",
  run: resolveHandover,
});

export const recordRemittanceAction = defineAction({
  name: "finance.cod.remittance",
  permission: "finance.cod.reconcile",
  schema: ZRecordRemittanceInput,
  rateLimit: "finance.mutation",
  run: (actor, input) => recordRemittance(actor, { ...input, receivedAed: filsToAedInput(input.receivedAed) }),
});
