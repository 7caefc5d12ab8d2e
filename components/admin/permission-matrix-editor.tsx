"use client";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { createRoleAction, savePermissionMatrixAction } from "@/lib/rbac/actions";
import type { PermissionMatrix } from "@/lib/rbac/load-permission-matrix";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function PermissionMatrixEditor({ matrix }: { matrix: PermissionMatrix }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const initial = useMemo(() => Object.fromEntries(matrix.roles.map((r) => [r.id, new Set(r.permissions)])), [matrix]);
  const [grants, setGrants] = useState<Record<string, Set<string>>>(() =>
    Object.fromEntries(matrix.roles.map((r) => [r.id, new Set(r.permissions)])),
  );
  // After a save or a conflict the page re-renders with the database's versions: start over
  // from them (the outcome message stays; remounting would lose it).
  const versions = matrix.roles.map((r) => `${r.id}:${r.version}`).join(",");
  useEffect(() => {
    setGrants(Object.fromEntries(matrix.roles.map((r) => [r.id, new Set(r.permissions)])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [versions]);
  const [newRole, setNewRole] = useState({ key: "", nameEn: "", nameAr: "", copyFromRoleId: "" });

  const dirty = matrix.roles.filter((r) => {
    const a = initial[r.id],
      b = grants[r.id] ?? a;
    return a.size !== b.size || [...a].some((p) => !b.has(p));
  });

  function toggle(roleId: string, permission: string) {
    setGrants((g) => {
      const next = new Set(g[roleId] ?? initial[roleId]);
      if (next.has(permission)) next.delete(permission);
      else next.add(permission);
      return { ...g, [roleId]: next };
    });
  }

  function save() {
    setMessage(null);
    start(async () => {
      const res = await savePermissionMatrixAction({
        roles: dirty.map((r) => ({
          roleId: r.id,
          version: r.version,
          permissions: [...(grants[r.id] ?? initial[r.id])],
        })),
      });
      if (!res.ok) {
        setMessage({ kind: "error", text: applyActionError(res, t) });
        if (res.error === "conflict") router.refresh();
        return;
      }
      setMessage({ kind: "success", text: t("roles.saved", { count: res.data.changedRoles }) });
      router.refresh();
    });
  }

  function create() {
    setMessage(null);
    start(async () => {
      const res = await createRoleAction(newRole);
      if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
      setNewRole({ key: "", nameEn: "", nameAr: "", copyFromRoleId: "" });
      setMessage({ kind: "success", text: t("roles.created") });
      router.refresh();
    });
  }

  const roleName = (r: { nameEn: string; nameAr: string }) => (locale === "ar" ? r.nameAr : r.nameEn);

  return (
    <div className="space-y-6">
      {message && (
        <Alert kind={message.kind} testId="matrix-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          className="btn-primary"
          onClick={save}
          disabled={pending || dirty.length === 0}
          data-testid="save-matrix"
        >
          {pending ? t("common.working") : t("roles.save")}
        </button>
        <span className="text-sm text-slate-600" data-testid="dirty-count">
          {t("roles.unsaved", { count: dirty.length })}
        </span>
      </div>
      <div className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="permission-matrix">
          <thead className="sticky top-0 z-10">
            <tr>
              <th className="sticky start-0 z-20 min-w-56 bg-slate-50">{t("roles.permission")}</th>
              {matrix.roles.map((r) => (
                <th key={r.id} className="min-w-24 text-center text-xs" data-testid={`role-col-${r.key}`}>
                  {roleName(r)}
                  <span className="block font-normal text-slate-400">{t("roles.users", { count: r.userCount })}</span>
                </th>
              ))}
            </tr>
          </thead>
          {matrix.groups.map((g) => (
            <tbody key={g.group}>
              <tr>
                <th colSpan={matrix.roles.length + 1} className="bg-slate-100 text-xs tracking-wide uppercase">
                  {t(`permissionGroups.${g.group}`)}
                </th>
              </tr>
              {g.permissions.map((p) => (
                <tr key={p}>
                  <td className="sticky start-0 bg-white">
                    <span className="block text-sm">{t(`permissions.${p.replaceAll(".", "_")}`)}</span>
                    <span className="font-mono text-xs text-slate-400" dir="ltr">
                      {p}
                    </span>
                  </td>
                  {matrix.roles.map((r) => (
                    <td key={r.id} className="text-center">
                      <input
                        type="checkbox"
                        className="size-4"
                        aria-label={`${roleName(r)} — ${p}`}
                        data-testid={`cell-${r.key}-${p}`}
                        checked={(grants[r.id] ?? initial[r.id]).has(p)}
                        onChange={() => toggle(r.id, p)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <section className="card space-y-3">
        <h2 className="font-semibold">{t("roles.newRole")}</h2>
        <div className="grid gap-3 md:grid-cols-4">
          <input
            className="input"
            dir="ltr"
            placeholder={t("roles.key")}
            aria-label={t("roles.key")}
            value={newRole.key}
            onChange={(e) => setNewRole({ ...newRole, key: e.target.value })}
            data-testid="new-role-key"
          />
          <input
            className="input"
            placeholder={t("roles.nameEn")}
            aria-label={t("roles.nameEn")}
            value={newRole.nameEn}
            onChange={(e) => setNewRole({ ...newRole, nameEn: e.target.value })}
            data-testid="new-role-en"
          />
          <input
            className="input"
            dir="rtl"
            placeholder={t("roles.nameAr")}
            aria-label={t("roles.nameAr")}
            value={newRole.nameAr}
            onChange={(e) => setNewRole({ ...newRole, nameAr: e.target.value })}
            data-testid="new-role-ar"
          />
          <select
            className="input"
            aria-label={t("roles.copyFrom")}
            value={newRole.copyFromRoleId}
            onChange={(e) => setNewRole({ ...newRole, copyFromRoleId: e.target.value })}
          >
            <option value="">{t("roles.empty")}</option>
            {matrix.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {t("roles.copyOf", { name: roleName(r) })}
              </option>
            ))}
          </select>
        </div>
        <button className="btn-secondary" onClick={create} disabled={pending} data-testid="create-role">
          {t("roles.create")}
        </button>
      </section>
    </div>
  );
}
