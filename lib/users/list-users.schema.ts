// Filters, sort and page of the users list, read from the URL (bad values are dropped, not
// errors: a person may have edited the URL). Client-safe.
import { z } from "zod";
import { sortFields, ZPage } from "@/lib/pagination";
import type { StatusMeta } from "@/lib/ui/tone";

export const USER_STATUSES = ["active", "pending_approval", "rejected", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Tone of each account status (`<StatusBadge family="user">`). */
export const USER_STATUS_META: Record<UserStatus, StatusMeta> = {
  active: { tone: "success" },
  pending_approval: { tone: "warning" },
  rejected: { tone: "danger" },
  disabled: { tone: "neutral" },
};

/** Columns the list can sort on an index (User.name, User.email unique, User.createdAt). */
export const USER_SORTS = ["name", "email", "createdAt"] as const;

export const ZListUsersInput = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.string().max(64).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  ...sortFields(USER_SORTS, { key: "createdAt", dir: "desc" }),
  page: ZPage,
});
export type ListUsersInput = z.input<typeof ZListUsersInput>;
export type ListUsersFilters = z.output<typeof ZListUsersInput>;
