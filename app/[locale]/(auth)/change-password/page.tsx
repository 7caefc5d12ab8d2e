import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("changePassword");
  return { title: t("title") };
}

export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login`);
  const t = await getTranslations("changePassword");
  return (
    <div className="card w-full max-w-md">
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600" data-testid="change-password-reason">
        {actor.mustChangePassword ? t("temporary") : t("subtitle")}
      </p>
      <ChangePasswordForm />
    </div>
  );
}
