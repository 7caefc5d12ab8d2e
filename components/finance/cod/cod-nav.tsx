import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const TABS = [
  { key: "overview", href: "/finance/cod" },
  { key: "handovers", href: "/finance/cod/handovers" },
  { key: "remittances", href: "/finance/cod/remittances" },
] as const;

/** The COD section's tabs and its two recording actions. */
export async function CodNav({ active }: { active: (typeof TABS)[number]["key"] | null }) {
  const t = await getTranslations("cod.nav");
  return (
    <nav
      className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3"
      aria-label={t("label")}
    >
      <div className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            data-testid={`cod-tab-${tab.key}`}
            aria-current={active === tab.key ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm ${active === tab.key ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
          >
            {t(tab.key)}
          </Link>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href="/finance/cod/handovers/new" className="btn-primary" data-testid="cod-new-handover">
          {t("newHandover")}
        </Link>
        <Link href="/finance/cod/remittances/new" className="btn-secondary" data-testid="cod-new-remittance">
          {t("newRemittance")}
        </Link>
      </div>
    </nav>
  );
}
