// Courier picker search (components/ui/entity-picker.tsx, kind "courier"). The purpose names
// the page's desk; lib/delivery/search-couriers.ts maps it to the permissions. Client-safe.
import { z } from "zod";
import { ZPickerFields } from "@/lib/ui/picker";

export const COURIER_PICKER_PURPOSES = ["dispatch", "cod", "returns"] as const;
export type CourierPickerPurpose = (typeof COURIER_PICKER_PURPOSES)[number];

export const ZSearchCouriersInput = z.object({
  ...ZPickerFields,
  purpose: z.enum(COURIER_PICKER_PURPOSES),
  /** Only couriers that may take work now (dispatch); filters also list inactive ones. */
  activeOnly: z.boolean().default(false),
});
export type SearchCouriersInput = z.input<typeof ZSearchCouriersInput>;
