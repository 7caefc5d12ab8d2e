"use server";
import { defineAction } from "@/lib/actions/action";
import { closeReturn } from "@/lib/returns/close-return";
import { ZCloseReturnInput } from "@/lib/returns/close-return.schema";
import { inspectReturn } from "@/lib/returns/inspect-return";
import { ZInspectReturnInput } from "@/lib/returns/inspect-return.schema";
import { receiveReturns } from "@/lib/returns/receive-returns";
import { ZReceiveReturnsInput } from "@/lib/returns/receive-returns.schema";

export const receiveReturnsAction = defineAction({
  name: "returns.receive",
  permission: "returns.inspect",
  schema: ZReceiveReturnsInput,
  rateLimit: "returns.mutation",
  run: receiveReturns,
});
export const inspectReturnAction = defineAction({
  name: "returns.inspect",
  permission: "returns.inspect",
  schema: ZInspectReturnInput,
  rateLimit: "returns.mutation",
  run: inspectReturn,
});
export const closeReturnAction = defineAction({
  name: "returns.close",
  permission: "returns.inspect",
  schema: ZCloseReturnInput,
  rateLimit: "returns.mutation",
  run: closeReturn,
});
