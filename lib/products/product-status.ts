// How a product's state is shown: its approval, or "archived" once archived, plus a
// "deletion requested" qualifier while a deletion request waits. Client-safe.
import type { StatusMeta } from "@/lib/ui/tone";

export const PRODUCT_STATUSES = ["pending", "approved", "rejected", "archived", "deletion_requested"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Tone of each product status (`<StatusBadge family="product">`). */
export const PRODUCT_STATUS_META: Record<ProductStatus, StatusMeta> = {
  pending: { tone: "warning" },
  approved: { tone: "success" },
  rejected: { tone: "danger" },
  archived: { tone: "neutral" },
  deletion_requested: { tone: "warning" },
};

type ProductState = { approval: "pending" | "approved" | "rejected"; archived?: boolean; deletionRequested?: boolean };

/** The main status, then "deletion_requested" when a request waits on a live product. */
export function productStatuses(p: ProductState): [ProductStatus, ...ProductStatus[]] {
  if (p.archived) return ["archived"];
  return p.deletionRequested ? [p.approval, "deletion_requested"] : [p.approval];
}
