// The Intl locale tag for an app locale: UAE English or UAE Arabic. Pure; client-safe.
export function intlLocale(locale: string): string {
  return locale === "ar" || locale.startsWith("ar-") ? "ar-AE" : "en-AE";
}
