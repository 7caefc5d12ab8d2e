import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** Roles for pickers and filters. */
export async function listRoles(actor: Actor) {
  assertCan(actor, "users.view");
  return db.role.findMany({
    orderBy: [{ isSystem: "desc" }, { createdAt: "asc" }],
    select: { id: true, key: true, nameEn: true, nameAr: true },
  });
}
