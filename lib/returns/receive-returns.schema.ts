import { z } from "zod";

/** Most returns one "receive" click confirms (one list page is 25). */
export const MAX_RECEIVE = 100;

/** The stock keeper confirms that these parcels physically arrived (one or the ticked ones). */
export const ZReceiveReturnsInput = z.object({
  returnIds: z.array(z.string().min(1).max(64)).min(1, "select_returns").max(MAX_RECEIVE, "too_many"),
});
export type ReceiveReturnsInput = z.input<typeof ZReceiveReturnsInput>;
