import { useTranslations } from "next-intl";
import { COD_STATUS_META, REMITTANCE_MATCH_META } from "@/lib/finance/cod/cod.schema";
import { INVOICE_STATUS_META } from "@/lib/finance/invoices/invoice.schema";
import { PAYOUT_STATUS_META } from "@/lib/finance/payouts/payout.schema";
import { REFUND_STATUS_META } from "@/lib/finance/refunds/refund.schema";
import { SELLER_STATUS_META, STATE_META } from "@/lib/orders/workflow";
import { PRODUCT_STATUS_META } from "@/lib/products/product-status";
import { INSPECTION_RESULT_META } from "@/lib/returns/inspect-return.schema";
import { RETURN_STATUS_META } from "@/lib/returns/list-returns.schema";
import type { StatusMeta } from "@/lib/ui/tone";
import { USER_STATUS_META } from "@/lib/users/list-users.schema";
import { Badge } from "./badge";

/**
 * Every status family: the lib table that gives each value its tone, and the message
 * namespace that names it. A new family is one line here plus its table next to its schema.
 */
const FAMILIES = {
  orderState: { meta: STATE_META, messages: "states" },
  sellerStatus: { meta: SELLER_STATUS_META, messages: "sellerStatus" },
  user: { meta: USER_STATUS_META, messages: "users.statuses" },
  product: { meta: PRODUCT_STATUS_META, messages: "products.status" },
  return: { meta: RETURN_STATUS_META, messages: "returns.status" },
  inspection: { meta: INSPECTION_RESULT_META, messages: "returns.result" },
  refund: { meta: REFUND_STATUS_META, messages: "refunds.status" },
  invoice: { meta: INVOICE_STATUS_META, messages: "invoices.status" },
  payout: { meta: PAYOUT_STATUS_META, messages: "payouts.status" },
  cod: { meta: COD_STATUS_META, messages: "cod.statuses" },
  remittanceMatch: { meta: REMITTANCE_MATCH_META, messages: "cod.matches" },
} as const satisfies Record<string, { meta: Record<string, StatusMeta>; messages: string }>;

export type StatusFamily = keyof typeof FAMILIES;
export type StatusOf<F extends StatusFamily> = keyof (typeof FAMILIES)[F]["meta"] & string;

/**
 * One status, in its family's tone, labelled with its translated name (null: a grey dash).
 * `data-status` carries the raw value; other span attributes (`data-testid`, `data-result`)
 * pass through. Works in server and client components.
 */
export function StatusBadge<F extends StatusFamily>({
  family,
  status,
  ...rest
}: { family: F; status: StatusOf<F> | null } & Omit<React.ComponentProps<"span">, "children">) {
  const { meta, messages } = FAMILIES[family];
  const t = useTranslations(messages);
  if (status === null) return <span className="text-slate-400">—</span>;
  const table: Partial<Record<string, StatusMeta>> = meta;
  const key: string = status;
  const tone = table[key]?.tone ?? "neutral";
  return (
    <Badge tone={tone} data-status={status} {...rest}>
      {t.has(key) ? t(key) : key}
    </Badge>
  );
}
