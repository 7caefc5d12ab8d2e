import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/locale-switcher";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="text-lg font-bold text-brand-900">{t("name")}</span>
        <LocaleSwitcher signedIn={false} />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-10">{children}</main>
      <footer className="px-6 py-4 text-center text-xs text-slate-500">{t("tagline")}</footer>
    </div>
  );
}
