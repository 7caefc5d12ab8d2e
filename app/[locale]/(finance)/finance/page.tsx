import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { getFinanceOverview } from "@/lib/finance/reports/finance-overview";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import type { Permission } from "@/lib/rbac/permissions";

type Card = {
  key: string;
  label: string;
  amount: string;
  detail: string;
  href: string;
  link: string;
  permissions: Permission[];
  tone?: "warn";
};

/** Finance's home: what is waiting for finance right now, each figure linked to its desk. */
export default async function FinanceDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "finance.reports", "finance.statements.view_all");
  const [o, t, format] = await Promise.all([
    getFinanceOverview(actor),
    getTranslations("dashboards.finance"),
    getFormatter(),
  ]);
  const money = (fils: bigint) => formatMoney(fils, "AED", locale);
  const n = (v: number) => format.number(v);

  const cards: Card[] = [
    {
      key: "codOutstanding",
      label: t("cards.codOutstanding"),
      amount: money(o.codOutstanding.amountFils),
      detail: t("cards.collections", { count: n(o.codOutstanding.count) }),
      href: "/finance/cod",
      link: t("links.cod"),
      permissions: ["finance.cod.reconcile"],
      tone: o.codOutstanding.count > 0 ? "warn" : undefined,
    },
    {
      key: "payoutsAwaitingApproval",
      label: t("cards.payoutsAwaitingApproval"),
      amount: money(o.payoutsAwaitingApproval.amountFils),
      detail: t("cards.payouts", { count: n(o.payoutsAwaitingApproval.count) }),
      href: "/finance/payouts?status=requested",
      link: t("links.payouts"),
      permissions: ["finance.payout.create", "finance.payout.approve", "finance.payout.pay"],
    },
    {
      key: "payoutsAwaitingPayment",
      label: t("cards.payoutsAwaitingPayment"),
      amount: money(o.payoutsAwaitingPayment.amountFils),
      detail: t("cards.payouts", { count: n(o.payoutsAwaitingPayment.count) }),
      href: "/finance/payouts?status=approved",
      link: t("links.payouts"),
      permissions: ["finance.payout.create", "finance.payout.approve", "finance.payout.pay"],
    },
    {
      key: "refundsPending",
      label: t("cards.refundsPending"),
      amount: money(o.refundsPending.amountFils),
      detail: t("cards.refunds", { count: n(o.refundsPending.count) }),
      href: "/finance/refunds?status=pending",
      link: t("links.refunds"),
      permissions: ["finance.payout.approve", "finance.payout.pay"],
    },
    {
      key: "refundsAwaitingPayment",
      label: t("cards.refundsAwaitingPayment"),
      amount: money(o.refundsAwaitingPayment.amountFils),
      detail: t("cards.refunds", { count: n(o.refundsAwaitingPayment.count) }),
      href: "/finance/refunds?status=approved",
      link: t("links.refunds"),
      permissions: ["finance.payout.approve", "finance.payout.pay"],
    },
    {
      key: "revenueThisMonth",
      label: t("cards.revenueThisMonth"),
      amount: money(o.revenueThisMonth.amountFils),
      detail: t("cards.orders", { count: n(o.revenueThisMonth.orders) }),
      href: "/finance/reports",
      link: t("links.reports"),
      permissions: ["finance.reports"],
    },
  ];

  return (
    <div data-testid="dashboard-finance" className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((c) => (
          <div key={c.key} className="card flex flex-col" data-testid={`stat-${c.key}`}>
            <dt className="text-sm text-slate-500">{c.label}</dt>
            <dd
              className={`mt-1 text-2xl font-semibold tabular-nums ${c.tone === "warn" ? "text-amber-700" : "text-slate-900"}`}
              data-testid={`stat-${c.key}-value`}
            >
              {c.amount}
            </dd>
            <dd className="mt-1 text-xs text-slate-500">{c.detail}</dd>
            {c.permissions.some((p) => can(actor, p)) && (
              <dd className="mt-3">
                <Link
                  href={c.href}
                  className="text-sm font-medium text-sky-700 underline"
                  data-testid={`link-${c.key}`}
                >
                  {c.link}
                </Link>
              </dd>
            )}
          </div>
        ))}
      </dl>
      <section className="card text-sm text-slate-700" data-testid="finance-other">
        <h2 className="mb-2 font-semibold text-slate-900">{t("other.title")}</h2>
        <ul className="space-y-1">
          <li data-testid="stat-openHandovers">{t("other.openHandovers", { count: n(o.openHandovers) })}</li>
          <li data-testid="stat-draftInvoices">{t("other.draftInvoices", { count: n(o.draftInvoices) })}</li>
        </ul>
        <p className="mt-3 text-xs text-slate-500">
          {t("other.monthNote", {
            from: format.dateTime(new Date(`${o.month.from}T12:00:00+04:00`), { dateStyle: "medium" }),
            to: format.dateTime(new Date(`${o.month.to}T12:00:00+04:00`), { dateStyle: "medium" }),
          })}
        </p>
      </section>
    </div>
  );
}
