import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CodNav } from "@/components/finance/cod/cod-nav";
import { Difference } from "@/components/finance/cod/difference";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { LINE_VIEWS } from "@/lib/finance/cod/cod.schema";
import { getRemittance } from "@/lib/finance/cod/get-remittance";
import { describeLineNote } from "@/lib/finance/cod/remittance-match";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

export default async function RemittancePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ match?: string; page?: string }>;
}) {
  const { locale, id } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.cod.reconcile");
  const data = await getRemittance(actor, id, { match: sp.match as never, page: sp.page }).catch((e) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const [t, format] = await Promise.all([getTranslations("cod"), getFormatter()]);
  const { remittance: r, counts, lines, view } = data;
  const money = (f: number | bigint) => formatMoney(f, "AED", locale);
  const company = locale === "ar" && r.company.nameAr ? r.company.nameAr : r.company.name;
  const viewCount = (v: (typeof LINE_VIEWS)[number]) =>
    v === "all"
      ? counts.matched + counts.mismatched + counts.unmatched + counts.duplicate
      : v === "problems"
        ? counts.mismatched + counts.unmatched + counts.duplicate
        : counts[v];

  return (
    <div className="space-y-6" data-testid="remittance-detail">
      <PageHeader
        title={t("remittanceDetail.title", { company })}
        subtitle={t("remittanceDetail.subtitle", { reference: r.reference ?? "—" })}
      />
      <CodNav active="remittances" />
      {r.status === "disputed" && <Alert testId="remittance-flag">{t("remittanceDetail.flagged")}</Alert>}
      <dl className="card grid gap-4 md:grid-cols-4">
        <div>
          <dt className="label">{t("columns.status")}</dt>
          <dd>
            <StatusBadge family="cod" status={r.status} data-testid="remittance-status" />
          </dd>
        </div>
        <div>
          <dt className="label">{t("remittanceDetail.statementTotal")}</dt>
          <dd className="text-lg tabular-nums" data-testid="remittance-statement-total">
            {money(r.statementFils)}
          </dd>
        </div>
        <div>
          <dt className="label">{t("remittanceDetail.expected")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="remittance-expected">
            {money(r.expectedFils)}
          </dd>
        </div>
        <div>
          <dt className="label">{t("columns.received")}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="remittance-received">
            {money(r.receivedFils)}
          </dd>
        </div>
        <div>
          <dt className="label">{t("columns.difference")}</dt>
          <dd className="text-lg">
            <Difference fils={r.differenceFils} locale={locale} testId="remittance-difference" />
          </dd>
        </div>
        <div>
          <dt className="label">{t("remittanceDetail.recordedBy")}</dt>
          <dd>{r.recordedByName ?? "—"}</dd>
        </div>
        <div>
          <dt className="label">{t("remittanceDetail.recordedAt")}</dt>
          <dd>{format.dateTime(r.receivedAt ?? r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </div>
        <div>
          <dt className="label">{t("columns.reference")}</dt>
          <dd dir="ltr" className="text-start">
            {r.reference ?? "—"}
          </dd>
        </div>
        {r.note && (
          <div className="md:col-span-4">
            <dt className="label">{t("remittance.note")}</dt>
            <dd className="whitespace-pre-line">{r.note}</dd>
          </div>
        )}
      </dl>
      <p className="text-sm text-slate-600">{t("remittanceDetail.expectedHelp")}</p>

      <ul className="grid gap-3 sm:grid-cols-4" data-testid="match-counts">
        {(["matched", "mismatched", "unmatched", "duplicate"] as const).map((m) => (
          <li key={m} className="card" data-testid={`count-${m}`} data-value={counts[m]}>
            <p className="text-sm text-slate-600">{t(`matches.${m}`)}</p>
            <p className="text-2xl font-semibold tabular-nums">{counts[m]}</p>
          </li>
        ))}
      </ul>

      <div className="flex flex-wrap gap-2" role="tablist">
        {LINE_VIEWS.map((v) => (
          <Link
            key={v}
            role="tab"
            aria-selected={v === view}
            href={`/finance/cod/remittances/${r.id}?match=${v}`}
            data-testid={`lines-${v}`}
            className={`rounded-md border px-3 py-1.5 text-sm ${v === view ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300"}`}
          >
            {t(`lineViews.${v}`)} <span className="tabular-nums">({viewCount(v)})</span>
          </Link>
        ))}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="remittance-lines">
          <thead>
            <tr>
              <th>{t("columns.line")}</th>
              <th>{t("columns.order")}</th>
              <th className="text-end">{t("remittanceDetail.statementAmount")}</th>
              <th className="text-end">{t("remittanceDetail.atlasAmount")}</th>
              <th>{t("columns.match")}</th>
              <th>{t("columns.why")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.rows.map((l) => {
              const note = describeLineNote(l.note);
              return (
                <tr key={l.id} data-testid="remittance-line" data-code={l.orderCode} data-match={l.match}>
                  <td className="tabular-nums">{l.lineNo}</td>
                  <td dir="ltr" className="text-start font-medium">
                    {l.orderCode}
                  </td>
                  <td className="text-end tabular-nums">{money(l.amountFils)}</td>
                  <td className="text-end tabular-nums">{l.expectedFils === null ? "—" : money(l.expectedFils)}</td>
                  <td>
                    <StatusBadge family="remittanceMatch" status={l.match} data-testid="line-match" />
                  </td>
                  <td data-testid="line-note">
                    {note
                      ? t(`lineNotes.${note.key}`, { line: note.line ?? 0 })
                      : l.match === "unmatched"
                        ? t("lineNotes.unknown_order")
                        : ""}
                  </td>
                </tr>
              );
            })}
            {!lines.rows.length && (
              <tr>
                <td colSpan={6} className="text-center text-slate-500">
                  {t("remittanceDetail.noLines")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={lines.page}
        pageCount={lines.pageCount}
        total={lines.total}
        basePath={`/finance/cod/remittances/${r.id}`}
        query={{ match: view }}
      />
    </div>
  );
}
