import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const TABS = [
  ["defaults", "/finance/fees"],
  ["overrides", "/finance/fees/overrides"],
  ["orders", "/finance/fees/orders"],
] as const;

/** The three parts of the fees desk. */
export function FeesTabs({ current }: { current: (typeof TABS)[number][0] }) {
  const t = useTranslations("fees.tabs");
  return (
    <nav className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-2" aria-label={t("label")}>
      {TABS.map(([key, href]) => (
        <Link
          key={key}
          href={href}
          data-testid={`fees-tab-${key}`}
          aria-current={current === key ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 text-sm ${current === key ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
