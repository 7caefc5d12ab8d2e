"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  const t = useTranslations("nav");
  const locale = useLocale();
  async function onClick() {
    await signOutAction({}); // ends the session row server-side
    await signOut({ redirect: false }); // clears the cookie
    window.location.assign(`/${locale}/login`);
  }
  return (
    <button type="button" onClick={onClick} className="btn-secondary w-full" data-testid="sign-out">
      {t("signOut")}
    </button>
  );
}
