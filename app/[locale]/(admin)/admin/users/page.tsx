import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/dashboard/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/admin/status-badge";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listRoles } from "@/lib/rbac/list-roles";
import { listUsers, USER_STATUSES } from "@/lib/users/list-users";

type Search = { q?: string; role?: string; status?: string; page?: string };

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "users.view");
  const [page, roles, t, format] = await Promise.all([
    listUsers(actor, { q: sp.q, role: sp.role, status: sp.status as never, page: sp.page as never }),
    listRoles(actor),
    getTranslations("users"),
    getFormatter(),
  ]);
  const roleName = (r: { nameEn: string; nameAr: string }) => (locale === "ar" ? r.nameAr : r.nameEn);
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
      <form className="card mb-4 grid gap-3 md:grid-cols-4" method="get" role="search">
        <input
          name="q"
          defaultValue={sp.q ?? ""}
          placeholder={t("searchPlaceholder")}
          aria-label={t("search")}
          className="input md:col-span-2"
          data-testid="user-search"
        />
        <select name="role" defaultValue={sp.role ?? ""} aria-label={t("role")} className="input">
          <option value="">{t("allRoles")}</option>
          {roles.map((r) => (
            <option key={r.id} value={r.key}>
              {roleName(r)}
            </option>
          ))}
        </select>
        <select name="status" defaultValue={sp.status ?? ""} aria-label={t("status")} className="input">
          <option value="">{t("allStatuses")}</option>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
        <div className="md:col-span-4">
          <button type="submit" className="btn-secondary">
            {t("filter")}
          </button>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("email")}</th>
              <th>{t("role")}</th>
              <th>{t("status")}</th>
              <th>{t("lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((u) => (
              <tr key={u.id} data-testid="user-row">
                <td>
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                    {u.name}
                  </Link>
                </td>
                <td dir="ltr" className="text-start">
                  {u.email}
                </td>
                <td>{roleName(u.role)}</td>
                <td>
                  <StatusBadge status={u.status} locked={!!u.lockedUntil && u.lockedUntil > new Date()} />
                </td>
                <td className="tabular-nums">
                  {u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={5} className="text-center text-slate-500">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/admin/users"
        query={{ q: sp.q, role: sp.role, status: sp.status }}
      />
    </div>
  );
}
