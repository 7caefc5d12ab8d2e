import { getFormatter, getTranslations } from "next-intl/server";

type Row = {
  seq: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (!rows.length)
    return (
      <p className="card text-sm text-slate-600" data-testid="audit-empty">
        {t("empty")}
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t("when")}</th>
            <th>{t("who")}</th>
            <th>{t("action")}</th>
            <th>{t("target")}</th>
            <th>{t("before")}</th>
            <th>{t("after")}</th>
            <th>{t("ip")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.seq} data-testid="audit-row">
              <td className="whitespace-nowrap tabular-nums">
                {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
              </td>
              <td dir="ltr" className="text-start">
                {r.actorEmail ?? t("system")}
              </td>
              <td className="font-mono text-xs">{r.action}</td>
              <td className="font-mono text-xs">{r.targetType ? `${r.targetType}:${r.targetId ?? ""}` : ""}</td>
              <td className="max-w-xs font-mono text-xs break-all text-slate-500" dir="ltr">
                {show(r.before)}
              </td>
              <td className="max-w-xs font-mono text-xs break-all" dir="ltr">
                {show(r.after)}
              </td>
              <td className="font-mono text-xs" dir="ltr">
                {r.ip ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
