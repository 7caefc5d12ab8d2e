import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="text-xl font-semibold" data-testid="not-found">
        {t("not_found_title")}
      </h1>
      <p className="text-slate-600">{t("not_found")}</p>
      <Link href="/" className="btn-secondary">
        {t("back_home")}
      </Link>
    </main>
  );
}
