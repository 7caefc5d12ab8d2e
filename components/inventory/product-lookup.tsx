"use client";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { findProductAction } from "@/lib/inventory/actions";
import { FieldError } from "@/components/ui/field-error";

export type PickedProduct = { id: string; sku: string; nameEn: string; nameAr: string };

/**
 * Finds a product by SKU or barcode. Keyboard-wedge scanners type the code and press Enter,
 * so Enter looks it up (and does not submit the surrounding form).
 */
export function ProductLookup({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: PickedProduct | null;
  onChange: (p: PickedProduct | null) => void;
  error?: string;
}) {
  const t = useTranslations("inventory.forms");
  const locale = useLocale();
  const [code, setCode] = useState("");
  const [lookupError, setLookupError] = useState<string | undefined>();
  const [busy, start] = useTransition();

  function lookup() {
    if (!code.trim()) return;
    setLookupError(undefined);
    start(async () => {
      const res = await findProductAction({ code });
      if (!res.ok) {
        onChange(null);
        setLookupError(res.fields?.code ?? "product_not_found");
        return;
      }
      onChange(res.data);
      setCode("");
    });
  }

  return (
    <div>
      <label htmlFor={id} className="label">
        {t("product")}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          className="input"
          dir="ltr"
          autoComplete="off"
          value={code}
          placeholder={t("scanPlaceholder")}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              lookup();
            }
          }}
          data-testid={`${id}-code`}
        />
        <button type="button" className="btn-secondary" onClick={lookup} disabled={busy} data-testid={`${id}-find`}>
          {t("find")}
        </button>
      </div>
      {value && (
        <p className="mt-1 text-sm text-slate-700" data-testid={`${id}-picked`}>
          <span dir="ltr" className="font-medium">
            {value.sku}
          </span>{" "}
          · {locale === "ar" ? value.nameAr : value.nameEn}
        </p>
      )}
      <FieldError message={lookupError ?? error} />
    </div>
  );
}
