"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { setStockLevelsAction } from "@/lib/inventory/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { ZStockLevelsInput, type StockLevelsFormInput, type StockLevelsInput } from "@/lib/inventory/stock.schema";

/** Min/max stock of a product; an empty field clears the level. */
export function StockLevelsForm({
  productId,
  minStock,
  maxStock,
}: {
  productId: string;
  minStock: number | null;
  maxStock: number | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<StockLevelsFormInput, unknown, StockLevelsInput>({
    resolver: zodResolver(ZStockLevelsInput),
    defaultValues: {
      productId,
      minStock: minStock === null ? "" : String(minStock),
      maxStock: maxStock === null ? "" : String(maxStock),
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await setStockLevelsAction(values);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    setMessage({ kind: "success", text: t("inventory.levels.saved") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" data-testid="levels-form">
      <h2 className="font-semibold">{t("inventory.levels.title")}</h2>
      <p className="text-sm text-slate-600">{t("inventory.levels.hint")}</p>
      {message && (
        <Alert kind={message.kind} testId="levels-message">
          {message.text}
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="min-stock" className="label">
            {t("inventory.levels.min")}
          </label>
          <input
            id="min-stock"
            type="number"
            min={0}
            inputMode="numeric"
            className="input"
            dir="ltr"
            data-testid="min-stock"
            {...register("minStock")}
          />
          <FieldError message={formState.errors.minStock?.message} />
        </div>
        <div>
          <label htmlFor="max-stock" className="label">
            {t("inventory.levels.max")}
          </label>
          <input
            id="max-stock"
            type="number"
            min={0}
            inputMode="numeric"
            className="input"
            dir="ltr"
            data-testid="max-stock"
            {...register("maxStock")}
          />
          <FieldError message={formState.errors.maxStock?.message} />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="levels-submit">
        {formState.isSubmitting ? t("common.working") : t("inventory.levels.save")}
      </button>
    </form>
  );
}
