// Seller picker search (components/ui/entity-picker.tsx, kind "seller"). The purpose names the
// page's desk; lib/sellers/search-sellers.ts maps it to the permissions that may pick. Client-safe.
import { z } from "zod";
import { ZPickerFields } from "@/lib/ui/picker";

export const SELLER_PICKER_PURPOSES = ["orders", "products", "financeDesk", "financeReports", "fees"] as const;
export type SellerPickerPurpose = (typeof SELLER_PICKER_PURPOSES)[number];

export const ZSearchSellersInput = z.object({ ...ZPickerFields, purpose: z.enum(SELLER_PICKER_PURPOSES) });
export type SearchSellersInput = z.input<typeof ZSearchSellersInput>;
