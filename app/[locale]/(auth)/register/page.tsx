import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterWizard } from "@/components/auth/register-wizard";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (await getActor()) redirect(`/${locale}`);
  const t = await getTranslations("register");
  return (
    <div className="card w-full max-w-xl">
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("subtitle")}</p>
      <RegisterWizard />
    </div>
  );
}
