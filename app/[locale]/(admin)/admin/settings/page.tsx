import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { getSettings } from "@/lib/settings/get-settings";

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requirePagePermission(locale, "settings.manage");
  const [settings, t] = await Promise.all([getSettings(), getTranslations("settings")]);
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsForm settings={settings} />
    </div>
  );
}
