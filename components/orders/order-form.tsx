"use client";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { createOrderAction } from "@/lib/orders/actions";
import {
  ZCreateOrderForm,
  type CreateOrderFormData,
  type CreateOrderFormInput,
} from "@/lib/orders/create-order-form.schema";
import { EMIRATES } from "@/lib/geo/emirates";
import { filsToAedInput, formatFils, parseAed } from "@/lib/money/parse-aed";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export type PickerProduct = { id: string; sku: string; nameEn: string; nameAr: string; sellingPriceFils: number };

const emptyLine = { productId: "", quantity: "1", unitPriceAed: "" };

export function OrderForm({ products }: { products: PickerProduct[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, formState, setError, setValue, getValues } = useForm<
    CreateOrderFormInput,
    unknown,
    CreateOrderFormData
  >({
    resolver: zodResolver(ZCreateOrderForm),
    defaultValues: {
      customerName: "",
      customerPhone: "",
      emirate: "" as never,
      city: "",
      area: "",
      street: "",
      building: "",
      landmark: "",
      lines: [emptyLine],
      notes: "",
      externalRef: "",
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const lines = useWatch({ control, name: "lines" }) ?? [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const lineTotal = (l: { productId?: string; quantity?: unknown; unitPriceAed?: string }) => {
    const p = l.productId ? byId.get(l.productId) : undefined;
    const price = l.unitPriceAed?.trim() ? parseAed(l.unitPriceAed) : (p?.sellingPriceFils ?? null);
    const qty = Number(l.quantity);
    return price !== null && Number.isInteger(qty) && qty > 0 ? price * qty : null;
  };
  const total = lines.reduce((sum, l) => sum + (lineTotal(l) ?? 0), 0);
  const name = (p: PickerProduct) => (locale === "ar" ? p.nameAr : p.nameEn);
  const errs = formState.errors;

  // The raw values go to the server, which parses them with the same schema (prices in AED
  // text → fils, phone → E.164) and recomputes the total.
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await createOrderAction(getValues());
    if (!res.ok) return setFormError(applyActionError(res, t, setError));
    router.push(`/seller/orders/${res.data.id}?created=1`);
  });

  if (!products.length)
    return (
      <Alert kind="info" testId="no-products">
        {t("orders.form.noProducts")}
      </Alert>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="order-form">
      {error && <Alert testId="form-error">{error}</Alert>}
      <fieldset className="card grid gap-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("orders.form.customer")}</legend>
        <div>
          <label htmlFor="customerName" className="label">
            {t("orders.form.customerName")}
          </label>
          <input id="customerName" className="input" autoComplete="off" {...register("customerName")} />
          <FieldError message={errs.customerName?.message} />
        </div>
        <div>
          <label htmlFor="customerPhone" className="label">
            {t("orders.form.customerPhone")}
          </label>
          <input
            id="customerPhone"
            type="tel"
            dir="ltr"
            className="input text-start"
            autoComplete="off"
            aria-describedby="phone-hint"
            {...register("customerPhone")}
          />
          <p id="phone-hint" className="mt-1 text-xs text-slate-500">
            {t("orders.form.phoneHint")}
          </p>
          <FieldError message={errs.customerPhone?.message} />
        </div>
      </fieldset>

      <fieldset className="card grid gap-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("orders.form.address")}</legend>
        <div>
          <label htmlFor="emirate" className="label">
            {t("orders.form.emirate")}
          </label>
          <select id="emirate" className="input" {...register("emirate")}>
            <option value="">{t("orders.form.chooseEmirate")}</option>
            {EMIRATES.map((e) => (
              <option key={e} value={e}>
                {t(`orders.emirates.${e}`)}
              </option>
            ))}
          </select>
          <FieldError message={errs.emirate?.message} />
        </div>
        <div>
          <label htmlFor="city" className="label">
            {t("orders.form.city")}
          </label>
          <input id="city" className="input" {...register("city")} />
          <FieldError message={errs.city?.message} />
        </div>
        <div>
          <label htmlFor="area" className="label">
            {t("orders.form.area")}
          </label>
          <input id="area" className="input" {...register("area")} />
          <FieldError message={errs.area?.message} />
        </div>
        <div>
          <label htmlFor="street" className="label">
            {t("orders.form.street")}
          </label>
          <input id="street" className="input" {...register("street")} />
          <FieldError message={errs.street?.message} />
        </div>
        <div>
          <label htmlFor="building" className="label">
            {t("orders.form.building")}
          </label>
          <input id="building" className="input" {...register("building")} />
          <FieldError message={errs.building?.message} />
        </div>
        <div>
          <label htmlFor="landmark" className="label">
            {t("orders.form.landmark")}
          </label>
          <input id="landmark" className="input" {...register("landmark")} />
          <FieldError message={errs.landmark?.message} />
        </div>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("orders.form.products")}</legend>
        {fields.map((f, i) => {
          const lt = lineTotal(lines[i] ?? {});
          return (
            <div
              key={f.id}
              className="grid items-start gap-3 border-b border-slate-100 pb-4 md:grid-cols-12"
              data-testid="order-line"
            >
              <div className="md:col-span-5">
                <label htmlFor={`lines.${i}.productId`} className="label">
                  {t("orders.form.product")}
                </label>
                <select
                  id={`lines.${i}.productId`}
                  className="input"
                  data-testid={`line-product-${i}`}
                  {...register(`lines.${i}.productId`, {
                    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                      const p = byId.get(e.target.value);
                      setValue(`lines.${i}.unitPriceAed`, p ? filsToAedInput(p.sellingPriceFils) : "");
                    },
                  })}
                >
                  <option value="">{t("orders.form.chooseProduct")}</option>
                  {products.map((p) => (
                    <option key={p.id} value={p.id}>{`${p.sku} — ${name(p)}`}</option>
                  ))}
                </select>
                <FieldError message={errs.lines?.[i]?.productId?.message} />
              </div>
              <div className="md:col-span-2">
                <label htmlFor={`lines.${i}.quantity`} className="label">
                  {t("orders.form.quantity")}
                </label>
                <input
                  id={`lines.${i}.quantity`}
                  type="number"
                  min={1}
                  max={999}
                  inputMode="numeric"
                  dir="ltr"
                  className="input"
                  data-testid={`line-quantity-${i}`}
                  {...register(`lines.${i}.quantity`)}
                />
                <FieldError message={errs.lines?.[i]?.quantity?.message} />
              </div>
              <div className="md:col-span-2">
                <label htmlFor={`lines.${i}.unitPriceAed`} className="label">
                  {t("orders.form.unitPrice")}
                </label>
                <input
                  id={`lines.${i}.unitPriceAed`}
                  inputMode="decimal"
                  dir="ltr"
                  className="input"
                  data-testid={`line-price-${i}`}
                  {...register(`lines.${i}.unitPriceAed`)}
                />
                <FieldError message={errs.lines?.[i]?.unitPriceAed?.message} />
              </div>
              <div className="md:col-span-2">
                <span className="label">{t("orders.form.lineTotal")}</span>
                <p className="py-2 text-sm tabular-nums" data-testid={`line-total-${i}`}>
                  {lt === null ? "—" : formatFils(lt, locale)}
                </p>
              </div>
              <div className="md:col-span-1 md:pt-6">
                {fields.length > 1 && (
                  <button
                    type="button"
                    className="btn-secondary"
                    onClick={() => remove(i)}
                    data-testid={`line-remove-${i}`}
                  >
                    {t("orders.form.removeLine")}
                  </button>
                )}
              </div>
            </div>
          );
        })}
        <FieldError message={(errs.lines as { message?: string } | undefined)?.message ?? errs.lines?.root?.message} />
        <button type="button" className="btn-secondary" onClick={() => append(emptyLine)} data-testid="add-line">
          {t("orders.form.addLine")}
        </button>
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-t border-slate-200 pt-4">
          <div>
            <p className="font-semibold">{t("orders.form.total")}</p>
            <p className="text-xs text-slate-500">{t("orders.form.totalHint")}</p>
          </div>
          <p className="text-xl font-semibold tabular-nums" data-testid="order-total">
            {formatFils(total, locale)}
          </p>
        </div>
      </fieldset>

      <fieldset className="card grid gap-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("orders.form.more")}</legend>
        <div className="md:col-span-2">
          <label htmlFor="notes" className="label">
            {t("orders.form.notes")}
          </label>
          <textarea id="notes" rows={3} className="input" {...register("notes")} />
          <FieldError message={errs.notes?.message} />
        </div>
        <div>
          <label htmlFor="externalRef" className="label">
            {t("orders.form.externalRef")}
          </label>
          <input id="externalRef" dir="ltr" className="input" {...register("externalRef")} />
          <FieldError message={errs.externalRef?.message} />
        </div>
      </fieldset>

      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="order-submit">
        {formState.isSubmitting ? t("common.working") : t("orders.form.submit")}
      </button>
    </form>
  );
}
