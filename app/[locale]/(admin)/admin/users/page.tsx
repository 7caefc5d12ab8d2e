import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, BadgeGroup } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/ui/status-badge";
import { can, type Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listRoles } from "@/lib/rbac/list-roles";
import { listUsers } from "@/lib/users/list-users";
import { USER_STATUSES, ZListUsersInput, type ListUsersFilters } from "@/lib/users/list-users.schema";

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "users.view");
  const filters = ZListUsersInput.parse(sp);
  const t = await getTranslations("users");
  return (
    <div>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          can(actor, "users.manage") && (
            <Link href="/admin/users/new" className="btn-primary" data-testid="new-user">
              {t("new")}
            </Link>
          )
        }
      />
      <Suspense key={JSON.stringify(filters)} fallback={<PageSkeleton title={false} filters />}>
        <UsersList actor={actor} filters={filters} locale={locale} />
      </Suspense>
    </div>
  );
}

async function UsersList({ actor, filters, locale }: { actor: Actor; filters: ListUsersFilters; locale: string }) {
  const [page, roles, t, format] = await Promise.all([
    listUsers(actor, filters),
    listRoles(actor),
    getTranslations("users"),
    getFormatter(),
  ]);
  const roleName = (r: { nameEn: string; nameAr: string }) => (locale === "ar" ? r.nameAr : r.nameEn);
  const now = new Date();
  return (
    <>
      <div className="mb-4">
        <FilterBar resetHref="/admin/users" keep={{ sort: filters.sort, dir: filters.dir }} applyLabel={t("filter")}>
          <FilterText
            name="q"
            label={t("search")}
            defaultValue={filters.q}
            placeholder={t("searchPlaceholder")}
            testId="user-search"
            className="md:col-span-2"
          />
          <FilterSelect
            name="role"
            label={t("role")}
            defaultValue={filters.role}
            allLabel={t("allRoles")}
            options={roles.map((r) => ({ value: r.key, label: roleName(r) }))}
          />
          <FilterSelect
            name="status"
            label={t("status")}
            defaultValue={filters.status}
            allLabel={t("allStatuses")}
            options={USER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
        </FilterBar>
      </div>
      <DataTable
        testId="users-table"
        rows={page.rows}
        rowKey={(u) => u.id}
        rowProps={() => ({ "data-testid": "user-row" })}
        empty={t("none")}
        page={page}
        basePath="/admin/users"
        query={{ q: filters.q, role: filters.role, status: filters.status }}
        sort={{ key: filters.sort, dir: filters.dir }}
        columns={[
          {
            key: "name",
            header: t("name"),
            sort: "name",
            cell: (u) => (
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                {u.name}
              </Link>
            ),
          },
          { key: "email", header: t("email"), sort: "email", ltr: true, cell: (u) => u.email },
          { key: "role", header: t("role"), cell: (u) => roleName(u.role) },
          {
            key: "status",
            header: t("status"),
            cell: (u) => (
              <BadgeGroup>
                <StatusBadge family="user" status={u.status} data-testid="user-status" />
                {u.lockedUntil && u.lockedUntil > now && <Badge tone="danger">{t("locked")}</Badge>}
              </BadgeGroup>
            ),
          },
          {
            key: "lastLogin",
            header: t("lastLogin"),
            className: "tabular-nums",
            cell: (u) =>
              u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
          },
        ]}
      />
    </>
  );
}
