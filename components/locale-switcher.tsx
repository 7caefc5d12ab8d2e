"use client";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { setLocaleAction } from "@/lib/users/actions";

/** Switches language on the same page; signed-in users keep the choice on their account. */
export function LocaleSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("locale");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "ar" ? "en" : "ar";

  async function switchTo() {
    if (signedIn) await setLocaleAction({ locale: other });
    window.location.assign(`/${other}${pathname === "/" ? "" : pathname}${window.location.search}`);
  }

  return (
    <button type="button" onClick={switchTo} className="btn-secondary" data-testid="locale-switch" lang={other}>
      {t(other)}
    </button>
  );
}
