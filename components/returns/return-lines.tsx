import { getLocale, getTranslations } from "next-intl/server";

export type ReturnLine = { id: string; sku: string; nameEn: string; nameAr: string; quantity: number };

/** The goods of a return (every line of the order): SKU, name in the reader's language, quantity. */
export async function ReturnLines({ lines }: { lines: readonly ReturnLine[] }) {
  const [t, locale] = await Promise.all([getTranslations("returns"), getLocale()]);
  return (
    <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="return-lines">
        <thead>
          <tr>
            <th>{t("detail.sku")}</th>
            <th>{t("detail.product")}</th>
            <th>{t("detail.quantity")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} data-testid="return-line">
              <td dir="ltr" className="text-start">
                {l.sku}
              </td>
              <td>{locale === "ar" ? l.nameAr : l.nameEn}</td>
              <td className="tabular-nums">{l.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
