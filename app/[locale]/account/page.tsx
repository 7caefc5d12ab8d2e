import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";

/** The signed-in user's own page; also where a role with no pages lands. */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("account");
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} subtitle={actor.email} />
      <div className="card space-y-3 text-sm">
        <p>{actor.permissions.size === 0 ? t("noPages") : t("intro")}</p>
        <Link href="/change-password" className="btn-secondary">
          {t("changePassword")}
        </Link>
      </div>
    </div>
  );
}
