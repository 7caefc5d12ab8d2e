import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { visibleNav } from "@/lib/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks, type NavLinkGroup } from "./nav-links";
import { NotificationBell } from "./notifications/notification-bell";
import { SignOutButton } from "./sign-out-button";

/** The signed-in frame: a sidebar of exactly the pages this actor may open. */
export async function AppShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  const t = await getTranslations("app");
  const locale = await getLocale();
  const groups: NavLinkGroup[] = [];
  for (const item of visibleNav(actor.permissions)) {
    let g = groups.find((x) => x.section === item.section);
    if (!g) groups.push((g = { section: item.section, items: [] }));
    g.items.push({ key: item.key, href: item.href });
  }
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <aside className="flex w-full shrink-0 flex-col gap-6 border-b border-slate-200 bg-white p-4 md:w-64 md:border-e md:border-b-0">
        <div className="flex items-center justify-between gap-2 ps-3">
          <div className="text-lg font-bold text-brand-900">{t("name")}</div>
          <NotificationBell actor={actor} />
        </div>
        <NavLinks groups={groups} />
        <div className="mt-auto space-y-3 border-t border-slate-100 pt-4">
          <div className="px-3 text-sm">
            <p className="font-medium" data-testid="current-user">
              {actor.name}
            </p>
            <p className="text-slate-500" data-testid="current-role">
              {locale === "ar" ? actor.roleName.ar : actor.roleName.en}
            </p>
          </div>
          <LocaleSwitcher signedIn />
          <SignOutButton />
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
    </div>
  );
}
