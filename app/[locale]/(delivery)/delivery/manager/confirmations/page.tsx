import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { AttemptActions, BulkConfirm } from "@/components/delivery/manager/attempt-actions";
import { CustomerReturnForm } from "@/components/delivery/manager/customer-return-form";
import { FeedbackProvider } from "@/components/delivery/manager/feedback";
import { SelectAll } from "@/components/delivery/manager/select-all";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { findOrderForReturn } from "@/lib/delivery/customer-return";
import { listPendingAttempts } from "@/lib/delivery/list-confirmations";
import { filsToAedInput, formatFils } from "@/lib/money/parse-aed";

type Search = { page?: string; code?: string };

export default async function ConfirmationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "delivery.confirm");
  const code = typeof sp.code === "string" ? sp.code.trim().slice(0, 24) : "";
  const [page, found, t, tStates, format] = await Promise.all([
    listPendingAttempts(actor, { page: sp.page }),
    code ? findOrderForReturn(actor, code) : Promise.resolve(null),
    getTranslations("delivery"),
    getTranslations("states"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6" data-testid="confirmations-page">
      <PageHeader title={t("confirm.title")} subtitle={t("confirm.subtitle", { count: page.total })} />

      <FeedbackProvider testId="confirm-feedback">
        <div id="confirm-form" className="space-y-3">
          {page.rows.length > 0 && (
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                <SelectAll formId="confirm-form" name="attempt" />
                {t("selectAll")}
              </label>
              <BulkConfirm />
            </div>
          )}
          <ul className="space-y-3" data-testid="attempt-list">
            {page.rows.map((a) => (
              <li
                key={a.id}
                className="card grid gap-4 md:grid-cols-[auto_1fr_auto]"
                data-testid="attempt-row"
                data-code={a.order.code}
              >
                <input
                  type="checkbox"
                  name="attempt"
                  value={`${a.id}:${a.version}`}
                  aria-label={t("selectOrder", { code: a.order.code })}
                  data-testid="attempt-select"
                  className="mt-1"
                />
                <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-3">
                  <div>
                    <dt className="text-slate-500">{t("columns.code")}</dt>
                    <dd className="font-medium" dir="ltr">
                      {a.order.code}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.courier")}</dt>
                    <dd>
                      {a.courier.name}
                      {a.courier.company ? ` · ${a.courier.company.name}` : ""}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.reportedAt")}</dt>
                    <dd className="tabular-nums">{when(a.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.outcome")}</dt>
                    <dd className="font-medium" data-testid="attempt-outcome">
                      {t(`outcomes.${a.outcome}`)}{" "}
                      <span className="text-slate-500">({t("confirm.attemptNo", { n: a.attemptNo })})</span>
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.reason")}</dt>
                    <dd>{a.reason ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.reschedule")}</dt>
                    <dd className="tabular-nums">{a.rescheduleAt ? when(a.rescheduleAt) : "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("confirm.cod")}</dt>
                    <dd className="tabular-nums">
                      {formatFils(a.codCollectedFils, locale)} / {formatFils(a.order.totalFils, locale)}
                      {a.codMismatch && (
                        <span
                          className="ms-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800"
                          data-testid="cod-mismatch"
                        >
                          {t("confirm.mismatch")}
                        </span>
                      )}
                    </dd>
                  </div>
                  <div className="md:col-span-2">
                    <dt className="text-slate-500">{t("confirm.proof")}</dt>
                    <dd className="flex flex-wrap gap-3">
                      {a.otpVerified && (
                        <span
                          className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800"
                          data-testid="otp-verified"
                        >
                          {t("confirm.otpVerified")}
                        </span>
                      )}
                      {a.proofPhotoFileId && (
                        <a
                          href={`/api/files/${a.proofPhotoFileId}`}
                          target="_blank"
                          rel="noreferrer"
                          className="text-brand-700 hover:underline"
                          data-testid="proof-photo"
                        >
                          {t("confirm.photo")}
                        </a>
                      )}
                      {a.signatureFileId && (
                        <a
                          href={`/api/files/${a.signatureFileId}`}
                          target="_blank"
                          rel="noreferrer"
                          className="text-brand-700 hover:underline"
                          data-testid="proof-signature"
                        >
                          {t("confirm.signature")}
                        </a>
                      )}
                      {!a.otpVerified && !a.proofPhotoFileId && !a.signatureFileId && (
                        <span className="text-slate-500">{t("confirm.noProof")}</span>
                      )}
                    </dd>
                  </div>
                </dl>
                <AttemptActions
                  attemptId={a.id}
                  version={a.version}
                  outcome={a.outcome}
                  codAed={filsToAedInput(a.outcome === "delivered" ? a.codCollectedFils : a.order.totalFils)}
                />
              </li>
            ))}
            {!page.rows.length && (
              <li className="card text-center text-slate-500" data-testid="attempts-empty">
                {t("confirm.empty")}
              </li>
            )}
          </ul>
        </div>
      </FeedbackProvider>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/delivery/manager/confirmations"
        query={{}}
      />

      {can(actor, "delivery.confirm") && (
        <section className="card space-y-3" data-testid="customer-return">
          <h2 className="text-lg font-semibold">{t("customerReturn.title")}</h2>
          <FeedbackProvider testId="customer-return-message">
            <p className="text-sm text-slate-600">{t("customerReturn.hint")}</p>
            <form method="get" role="search" className="flex flex-wrap gap-2">
              <input
                name="code"
                defaultValue={code}
                placeholder={t("customerReturn.code")}
                aria-label={t("customerReturn.code")}
                className="input max-w-xs"
                dir="ltr"
                data-testid="return-code"
              />
              <button type="submit" className="btn-secondary" data-testid="return-find">
                {t("customerReturn.find")}
              </button>
            </form>
            {code && !found && (
              <p className="text-sm text-slate-600" data-testid="return-not-found">
                {t("customerReturn.notFound")}
              </p>
            )}
            {found && (
              <div className="space-y-3 border-t border-slate-100 pt-3" data-testid="return-order">
                <p className="text-sm">
                  <span className="font-medium" dir="ltr">
                    {found.code}
                  </span>{" "}
                  · {found.seller.storeName} · {tStates(found.state)} · {formatFils(found.totalFils, locale)}
                </p>
                {found.returnable ? (
                  <CustomerReturnForm orderId={found.id} version={found.version} />
                ) : (
                  <p className="text-sm text-amber-700" data-testid="return-not-delivered">
                    {t("customerReturn.notDelivered")}
                  </p>
                )}
              </div>
            )}
          </FeedbackProvider>
        </section>
      )}
    </div>
  );
}
