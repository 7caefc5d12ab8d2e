import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export type Crumb = { label: string; href: string };

/**
 * A page's title (`data-testid="page-title"`), subtitle, actions and, on inner pages, the
 * breadcrumb trail: the ancestors as links, then the page itself marked `aria-current`.
 */
export function PageHeader({
  title,
  subtitle,
  actions,
  breadcrumbs,
}: {
  title: string;
  subtitle?: React.ReactNode;
  actions?: React.ReactNode;
  /** Ancestors of this page, outermost first (the page itself is added). */
  breadcrumbs?: Crumb[];
}) {
  return (
    <header className="mb-6">
      {breadcrumbs && breadcrumbs.length > 0 && <Breadcrumbs items={breadcrumbs} current={title} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-slate-900" data-testid="page-title">
            {title}
          </h1>
          {subtitle && <p className="mt-1 text-sm text-slate-600">{subtitle}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
    </header>
  );
}

function Breadcrumbs({ items, current }: { items: Crumb[]; current: string }) {
  const t = useTranslations("list");
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-2 text-sm" data-testid="breadcrumbs">
      <ol className="flex flex-wrap items-center gap-1 text-slate-500">
        {items.map((c) => (
          <li key={c.href} className="flex items-center gap-1">
            <Link href={c.href} className="hover:text-slate-800 hover:underline">
              {c.label}
            </Link>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3 w-3 rtl:rotate-180" fill="currentColor">
              <path d="M6 3.5 10.5 8 6 12.5l-1-1L8.5 8 5 4.5z" />
            </svg>
          </li>
        ))}
        <li aria-current="page" className="truncate font-medium text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
