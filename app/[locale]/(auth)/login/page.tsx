import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { getActor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (await getActor()) redirect(`/${locale}`);
  const [t, tr] = await Promise.all([getTranslations("login"), getTranslations("register")]);
  return (
    <div className="card w-full max-w-sm">
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("subtitle")}</p>
      <LoginForm />
      <p className="mt-6 text-center text-sm">
        <Link href="/register" className="text-brand-700 hover:underline" data-testid="register-link">
          {tr("registerLink")}
        </Link>
      </p>
    </div>
  );
}
