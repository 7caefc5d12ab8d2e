"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeUserRoleAction, setUserOverridesAction, setUserStatusAction } from "@/lib/users/actions";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import type { ActionResult } from "@/lib/actions/action";

type Override = { permission: string; effect: "grant" | "revoke" };
type Props = {
  user: { id: string; status: string; roleId: string; overrides: Override[] };
  roles: Array<{ id: string; name: string }>;
  groups: Array<{ group: string; permissions: string[] }> | null;
};

export function UserManagePanel({ user, roles, groups }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [roleId, setRoleId] = useState(user.roleId);
  const [overrides, setOverrides] = useState<Record<string, "grant" | "revoke" | "">>(
    Object.fromEntries(user.overrides.map((o) => [o.permission, o.effect])),
  );

  function run(fn: () => Promise<ActionResult<unknown>>) {
    setMessage(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t) });
      setMessage({ kind: "success", text: t("common.saved") });
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      {message && (
        <Alert kind={message.kind} testId="manage-message">
          {message.text}
        </Alert>
      )}
      {(user.status === "active" || user.status === "disabled") && (
        <section className="card flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="font-semibold">{t("users.accountAccess")}</h2>
            <p className="text-sm text-slate-600">
              {user.status === "active" ? t("users.disableHint") : t("users.activateHint")}
            </p>
          </div>
          {user.status === "active" ? (
            <button
              className="btn-danger"
              disabled={pending}
              data-testid="disable-user"
              onClick={() => run(() => setUserStatusAction({ userId: user.id, status: "disabled" }))}
            >
              {t("users.disable")}
            </button>
          ) : (
            <button
              className="btn-primary"
              disabled={pending}
              data-testid="activate-user"
              onClick={() => run(() => setUserStatusAction({ userId: user.id, status: "active" }))}
            >
              {t("users.activate")}
            </button>
          )}
        </section>
      )}
      <section className="card space-y-3">
        <h2 className="font-semibold">{t("users.changeRole")}</h2>
        <p className="text-sm text-slate-600">{t("users.changeRoleHint")}</p>
        <div className="flex flex-wrap gap-3">
          <select
            className="input max-w-xs"
            value={roleId}
            onChange={(e) => setRoleId(e.target.value)}
            aria-label={t("users.role")}
            data-testid="role-select"
          >
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <button
            className="btn-primary"
            disabled={pending || roleId === user.roleId}
            data-testid="save-role"
            onClick={() => run(() => changeUserRoleAction({ userId: user.id, roleId }))}
          >
            {t("common.save")}
          </button>
        </div>
      </section>
      {groups && (
        <section className="card space-y-3">
          <h2 className="font-semibold">{t("users.overrides")}</h2>
          <p className="text-sm text-slate-600">{t("users.overridesHint")}</p>
          <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {groups
              .flatMap((g) => g.permissions)
              .map((p) => (
                <label
                  key={p}
                  className="flex items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm"
                >
                  <span className="font-mono text-xs" dir="ltr">
                    {p}
                  </span>
                  <select
                    className="input w-36 py-1"
                    value={overrides[p] ?? ""}
                    data-testid={`override-${p}`}
                    onChange={(e) => setOverrides({ ...overrides, [p]: e.target.value as "grant" | "revoke" | "" })}
                  >
                    <option value="">{t("users.inherit")}</option>
                    <option value="grant">{t("users.grant")}</option>
                    <option value="revoke">{t("users.revoke")}</option>
                  </select>
                </label>
              ))}
          </div>
          <button
            className="btn-primary"
            disabled={pending}
            data-testid="save-overrides"
            onClick={() =>
              run(() =>
                setUserOverridesAction({
                  userId: user.id,
                  overrides: Object.entries(overrides)
                    .filter(([, e]) => e)
                    .map(([permission, effect]) => ({ permission, effect: effect as "grant" | "revoke" })),
                }),
              )
            }
          >
            {t("common.save")}
          </button>
        </section>
      )}
    </div>
  );
}
