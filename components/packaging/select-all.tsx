"use client";
import { useTranslations } from "next-intl";

/** Ticks or clears every order checkbox of the packaging queue table. */
export function SelectAllOrders() {
  const t = useTranslations("packaging");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      data-testid="select-all"
      onChange={(e) =>
        document.querySelectorAll<HTMLInputElement>('#packing-queue-form input[name="order"]').forEach((i) => {
          i.checked = e.target.checked;
        })
      }
    />
  );
}
