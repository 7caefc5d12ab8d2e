import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";

/** Queue filters: pending (default) waits for a decision; the others are for looking back. */
export const APPLICATION_FILTERS = ["pending_approval", "active", "rejected", "all"] as const;
export type ApplicationFilter = (typeof APPLICATION_FILTERS)[number];

export const ZListSellerApplicationsInput = z.object({
  status: z.enum(APPLICATION_FILTERS).catch("pending_approval").default("pending_approval"),
  page: ZPage,
});
export type ListSellerApplicationsInput = z.input<typeof ZListSellerApplicationsInput>;

/**
 * The approvals queue with server pagination. Pending applications whose email is verified
 * come first (oldest first: first come, first served), unverified ones after them.
 */
export async function listSellerApplications(actor: Actor, raw: ListSellerApplicationsInput) {
  assertCan(actor, "users.approve");
  const input = ZListSellerApplicationsInput.parse(raw);
  const where: Prisma.SellerProfileWhereInput = input.status === "all" ? {} : { user: { status: input.status } };
  const orderBy: Prisma.SellerProfileOrderByWithRelationInput[] =
    input.status === "pending_approval"
      ? [{ user: { emailVerifiedAt: { sort: "asc", nulls: "last" } } }, { createdAt: "asc" }, { id: "asc" }]
      : [{ createdAt: "desc" }, { id: "desc" }];
  const [rows, total] = await Promise.all([
    db.sellerProfile.findMany({
      where,
      orderBy,
      ...pageArgs(input.page),
      select: {
        id: true,
        code: true,
        companyName: true,
        storeName: true,
        emirate: true,
        submittedAt: true,
        createdAt: true,
        user: { select: { email: true, name: true, status: true, emailVerifiedAt: true } },
      },
    }),
    db.sellerProfile.count({ where }),
  ]);
  return { ...toPage(rows, total, input.page), status: input.status };
}
