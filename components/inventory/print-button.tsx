"use client";
import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("inventory.labels");
  return (
    <button
      type="button"
      className="btn-primary print:hidden"
      onClick={() => window.print()}
      data-testid="print-labels"
    >
      {t("print")}
    </button>
  );
}
