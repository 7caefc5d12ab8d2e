"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export type NavLinkGroup = { section: string; items: Array<{ key: string; href: string }> };

export function NavLinks({ groups }: { groups: NavLinkGroup[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")} className="space-y-5" data-testid="sidebar">
      {groups.map((g) => (
        <div key={g.section}>
          <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-400 uppercase">
            {t(`sections.${g.section}`)}
          </p>
          <ul className="space-y-0.5">
            {g.items.map((item) => {
              const active =
                pathname === item.href || (item.href.split("/").length > 2 && pathname.startsWith(`${item.href}/`));
              return (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    data-testid={`nav-${item.key}`}
                    aria-current={active ? "page" : undefined}
                    className={`block rounded-md px-3 py-2 text-sm ${active ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
                  >
                    {t(`items.${item.key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
