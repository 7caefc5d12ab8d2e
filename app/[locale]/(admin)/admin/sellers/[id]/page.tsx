import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { SellerDecisionPanel } from "@/components/admin/seller-decision-panel";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getSellerApplication } from "@/lib/sellers/get-seller-application";

export default async function SellerApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "users.approve");
  const app = await getSellerApplication(actor, id).catch((e) =>
    isAppError(e) && e.code === "not_found" ? notFound() : Promise.reject(e),
  );
  const [t, tr, tf, format] = await Promise.all([
    getTranslations("sellerApprovals"),
    getTranslations("register"),
    getTranslations("files"),
    getFormatter(),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const row = (label: string, value: React.ReactNode, ltr = false) => (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-start" dir={ltr ? "ltr" : undefined}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={app.storeName}
        subtitle={app.companyName}
        breadcrumbs={[{ label: t("title"), href: "/admin/sellers" }]}
      />
      <dl className="card mb-6 grid gap-3 text-sm sm:grid-cols-2" data-testid="application-details">
        {row(t("status"), <StatusBadge family="user" status={app.user.status} data-testid="user-status" />)}
        {row(t("code"), app.code, true)}
        {row(t("applicant"), app.user.name)}
        {row(t("email"), app.user.email, true)}
        {row(t("emailVerified"), app.user.emailVerifiedAt ? when(app.user.emailVerifiedAt) : t("unverified"))}
        {row(tr("fields.phone"), app.phone, true)}
        {row(tr("fields.emirate"), tr(`emirates.${app.emirate}`))}
        {row(
          tr("fields.storeLink"),
          app.storeLink ? (
            <a
              href={app.storeLink}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="text-brand-700 hover:underline"
            >
              {app.storeLink}
            </a>
          ) : (
            "—"
          ),
          true,
        )}
        {row(t("submitted"), when(app.submittedAt ?? app.createdAt))}
        {app.approvedAt && row(t("approvedAt"), when(app.approvedAt))}
        {app.rejectedAt && row(t("rejectedAt"), when(app.rejectedAt))}
        {app.rejectionReason && <div className="sm:col-span-2">{row(t("rejectionReason"), app.rejectionReason)}</div>}
      </dl>
      <section className="card mb-6">
        <h2 className="mb-3 font-semibold">{t("documents")}</h2>
        <ul className="space-y-2 text-sm" data-testid="application-documents">
          {app.documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{tf(`kinds.${d.kind}`)}:</span>
              <a
                href={`/api/files/${d.id}`}
                target="_blank"
                rel="noopener"
                className="text-brand-700 hover:underline"
                dir="ltr"
                data-testid="document-link"
              >
                {d.originalName}
              </a>
              <span className="text-xs text-slate-500">
                {tf("size", { kb: Math.max(1, Math.round(d.sizeBytes / 1024)) })}
              </span>
            </li>
          ))}
          {!app.documents.length && <li className="text-slate-500">{tf("none")}</li>}
        </ul>
      </section>
      {/* Always mounted: after a decision the refreshed page hides the buttons, and the
          panel keeps showing the outcome message. */}
      <SellerDecisionPanel
        sellerId={app.id}
        verified={!!app.user.emailVerifiedAt}
        pending={app.user.status === "pending_approval"}
      />
    </div>
  );
}
