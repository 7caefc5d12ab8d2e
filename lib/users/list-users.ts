import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";

export const USER_STATUSES = ["active", "pending_approval", "rejected", "disabled"] as const;

export const ZListUsersInput = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.string().max(64).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: ZPage,
});
export type ListUsersInput = z.input<typeof ZListUsersInput>;

/** Server-side search (trigram-indexed ILIKE on email and name), filters and pagination. */
export async function listUsers(actor: Actor, raw: ListUsersInput) {
  assertCan(actor, "users.view");
  const input = ZListUsersInput.parse(raw);
  const where: Prisma.UserWhereInput = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.role ? { role: { key: input.role } } : {}),
    ...(input.q
      ? {
          OR: [
            { email: { contains: likeLiteral(input.q), mode: "insensitive" } },
            { name: { contains: likeLiteral(input.q), mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        email: true,
        name: true,
        status: true,
        createdAt: true,
        lastLoginAt: true,
        lockedUntil: true,
        role: { select: { key: true, nameEn: true, nameAr: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return toPage(rows, total, input.page);
}
