import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage, type SortDir } from "@/lib/pagination";
import { USER_SORTS, ZListUsersInput, type ListUsersInput } from "./list-users.schema";

const ORDER_BY: Record<(typeof USER_SORTS)[number], (dir: SortDir) => Prisma.UserOrderByWithRelationInput> = {
  name: (dir) => ({ name: dir }),
  email: (dir) => ({ email: dir }),
  createdAt: (dir) => ({ createdAt: dir }),
};

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
      orderBy: [ORDER_BY[input.sort](input.dir), { id: input.dir }],
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
