import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verifyEmail");
  return { title: t("title") };
}

// The link only opens this page; the token is consumed by the button (a POST), so mail
// scanners that prefetch links cannot use it up.
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("verifyEmail");
  return (
    <div className="card w-full max-w-md">
      <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
      <VerifyEmailForm token={typeof token === "string" ? token.slice(0, 100) : ""} />
    </div>
  );
}
