import { getFormatter, getTranslations } from "next-intl/server";
import type { AgentLoadRow } from "@/lib/callcenter/agent-load";

/** Live per-agent load for the manager: who is on shift and how much each one holds. */
export async function AgentLoadTable({ rows }: { rows: AgentLoadRow[] }) {
  const [t, format] = await Promise.all([getTranslations("callcenter.load"), getFormatter()]);
  return (
    <section className="card overflow-x-auto" data-testid="agent-load">
      <h2 className="mb-2 font-semibold">{t("title")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t("agent")}</th>
            <th>{t("shift")}</th>
            <th>{t("inReview")}</th>
            <th>{t("dueNow")}</th>
            <th>{t("postponed")}</th>
            <th>{t("waitingForStock")}</th>
            <th>{t("callsToday")}</th>
            <th>{t("confirmedToday")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-testid="agent-load-row" data-agent={a.name}>
              <td className="font-medium">{a.name}</td>
              <td data-testid="agent-shift">
                {a.onShiftSince ? (
                  <span className="text-emerald-700">
                    {t("onShiftSince", { time: format.dateTime(a.onShiftSince, { timeStyle: "short" }) })}
                  </span>
                ) : (
                  <span className="text-slate-400">{t("offShift")}</span>
                )}
              </td>
              <td className="tabular-nums" data-testid="agent-in-review">
                {a.inReview}
              </td>
              <td className="tabular-nums">{a.dueNow}</td>
              <td className="tabular-nums">{a.postponed}</td>
              <td className="tabular-nums">{a.waitingForStock}</td>
              <td className="tabular-nums">{a.callsToday}</td>
              <td className="tabular-nums">{a.confirmedToday}</td>
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={8} className="text-center text-slate-500">
                {t("none")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
