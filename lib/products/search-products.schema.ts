// Product picker search (components/ui/entity-picker.tsx, kind "product"). Client-safe.
import { z } from "zod";
import { ZPickerFields } from "@/lib/ui/picker";

export const ZSearchProductsInput = z.object(ZPickerFields);
export type SearchProductsInput = z.input<typeof ZSearchProductsInput>;
