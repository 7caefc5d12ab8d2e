import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, BadgeGroup } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserManagePanel } from "@/components/admin/user-manage-panel";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { PERMISSION_GROUPS } from "@/lib/rbac/permissions";
import { listRoles } from "@/lib/rbac/list-roles";
import { getUser } from "@/lib/users/get-user";
import { isAppError } from "@/lib/errors";
import { notFound } from "next/navigation";

export default async function UserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "users.view");
  const user = await getUser(actor, id).catch((e) =>
    isAppError(e) && e.code === "not_found" ? notFound() : Promise.reject(e),
  );
  const [roles, t, tNav, format] = await Promise.all([
    listRoles(actor),
    getTranslations("users"),
    getTranslations("nav.items"),
    getFormatter(),
  ]);
  const name = (r: { nameEn: string; nameAr: string }) => (locale === "ar" ? r.nameAr : r.nameEn);
  const isSeller = user.role.key === "seller";
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={user.name}
        subtitle={user.email}
        breadcrumbs={[{ label: tNav("users"), href: "/admin/users" }]}
      />
      <dl className="card mb-6 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">{t("role")}</dt>
          <dd data-testid="user-role">{name(user.role)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("status")}</dt>
          <dd>
            <BadgeGroup>
              <StatusBadge family="user" status={user.status} data-testid="user-status" />
              {user.lockedUntil && user.lockedUntil > new Date() && <Badge tone="danger">{t("locked")}</Badge>}
            </BadgeGroup>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("created")}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("lastLogin")}</dt>
          <dd>
            {user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
          </dd>
        </div>
        {user.rejectionReason && (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{t("rejectionReason")}</dt>
            <dd>{user.rejectionReason}</dd>
          </div>
        )}
      </dl>
      {can(actor, "users.manage") && user.id !== actor.userId && (
        <UserManagePanel
          user={{ id: user.id, status: user.status, roleId: user.role.id, overrides: user.permissionOverrides }}
          roles={roles.filter((r) => (r.key === "seller") === isSeller).map((r) => ({ id: r.id, name: name(r) }))}
          groups={
            can(actor, "roles.manage")
              ? Object.entries(PERMISSION_GROUPS).map(([g, p]) => ({ group: g, permissions: [...p] }))
              : null
          }
        />
      )}
    </div>
  );
}
