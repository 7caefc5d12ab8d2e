import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

export async function getUser(actor: Actor, userId: string) {
  assertCan(actor, "users.view");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      phone: true,
      status: true,
      locale: true,
      createdAt: true,
      lastLoginAt: true,
      lockedUntil: true,
      failedLoginCount: true,
      mustChangePassword: true,
      rejectionReason: true,
      role: { select: { id: true, key: true, nameEn: true, nameAr: true } },
      permissionOverrides: { select: { permission: true, effect: true }, orderBy: { permission: "asc" } },
    },
  });
  if (!user) throw new AppError("not_found");
  return user;
}
