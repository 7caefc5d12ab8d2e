"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createFeeScheduleAction } from "@/lib/finance/fees/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { SCHEDULE_FIELDS, ZScheduleFields, type ScheduleFieldsInput } from "@/lib/finance/fees/fees.schema";
import { useRouter } from "@/lib/i18n/navigation";

type Props = {
  /** Prefilled values (the rates in force), as typed text. */
  initial: Omit<ScheduleFieldsInput, "effectiveDate">;
  /** The first UAE day a planned change may start (tomorrow), "YYYY-MM-DD". */
  minDate: string;
} & (
  | { mode: "default"; basedOnId: string | null }
  | {
      mode: "override";
      sellers: Array<{ id: string; code: string; storeName: string; newestOverrideId: string | null }>;
    }
);

/** New fees: for the default, or as one seller's override. Writes a new schedule row. */
export function ScheduleForm(props: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [sellerId, setSellerId] = useState("");
  const [sellerError, setSellerError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ScheduleFieldsInput>({
    resolver: zodResolver(ZScheduleFields),
    defaultValues: { ...props.initial, effectiveDate: "" },
  });
  const prefix = props.mode === "default" ? "default" : "override";

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setSellerError(undefined);
    let target: { sellerId: string | null; basedOnId: string | null };
    if (props.mode === "override") {
      const seller = props.sellers.find((s) => s.id === sellerId);
      if (!seller) {
        setSellerError("fees.seller_required");
        return;
      }
      target = { sellerId: seller.id, basedOnId: seller.newestOverrideId };
    } else {
      target = { sellerId: null, basedOnId: props.basedOnId };
    }
    const res = await createFeeScheduleAction({ ...values, ...target });
    if (!res.ok) {
      if (res.fields?.sellerId) setSellerError(res.fields.sellerId);
      setMessage({ kind: "error", text: applyActionError(res, t, setError) });
      if (res.error === "conflict") router.refresh();
      return;
    }
    setMessage({ kind: "success", text: t(values.effectiveDate ? "fees.form.savedPlanned" : "fees.form.saved") });
    reset({ ...values, effectiveDate: "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="card space-y-4" noValidate data-testid={`${prefix}-schedule-form`}>
      <h2 className="font-semibold">
        {t(props.mode === "default" ? "fees.form.defaultTitle" : "fees.form.overrideTitle")}
      </h2>
      {message && (
        <Alert kind={message.kind} testId={`${prefix}-schedule-message`}>
          {message.text}
        </Alert>
      )}
      {props.mode === "override" && (
        <div>
          <label htmlFor="override-seller" className="label">
            {t("fees.form.seller")} *
          </label>
          <select
            id="override-seller"
            className="input max-w-md"
            value={sellerId}
            onChange={(e) => setSellerId(e.target.value)}
            data-testid="override-seller"
          >
            <option value="">{t("fees.form.chooseSeller")}</option>
            {props.sellers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.storeName} ({s.code})
              </option>
            ))}
          </select>
          <FieldError message={sellerError} />
        </div>
      )}
      <p className="text-sm text-slate-600">{t("fees.form.help")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {SCHEDULE_FIELDS.map(([kind, aedField, pctField]) => (
          <fieldset key={kind} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{t(`fees.kinds.${kind}`)}</legend>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <label htmlFor={`${prefix}-${aedField}`} className="label">
                  {t("fees.form.fixedAed")}
                </label>
                <input
                  id={`${prefix}-${aedField}`}
                  className="input"
                  inputMode="decimal"
                  dir="ltr"
                  {...register(aedField)}
                  data-testid={`${prefix}-${aedField}`}
                />
                <FieldError message={formState.errors[aedField]?.message} />
              </div>
              <div>
                <label htmlFor={`${prefix}-${pctField}`} className="label">
                  {t("fees.form.percent")}
                </label>
                <input
                  id={`${prefix}-${pctField}`}
                  className="input"
                  inputMode="decimal"
                  dir="ltr"
                  {...register(pctField)}
                  data-testid={`${prefix}-${pctField}`}
                />
                <FieldError message={formState.errors[pctField]?.message} />
              </div>
            </div>
          </fieldset>
        ))}
      </div>
      <div>
        <label htmlFor={`${prefix}-effectiveDate`} className="label">
          {t("fees.form.effectiveDate")}
        </label>
        <input
          id={`${prefix}-effectiveDate`}
          type="date"
          min={props.minDate}
          className="input max-w-xs"
          dir="ltr"
          {...register("effectiveDate")}
          data-testid={`${prefix}-effectiveDate`}
        />
        <p className="mt-1 text-xs text-slate-500">{t("fees.form.effectiveHelp")}</p>
        <FieldError message={formState.errors.effectiveDate?.message} />
      </div>
      <button
        type="submit"
        className="btn-primary"
        disabled={formState.isSubmitting}
        data-testid={`${prefix}-schedule-save`}
      >
        {formState.isSubmitting
          ? t("common.working")
          : t(props.mode === "default" ? "fees.form.saveDefault" : "fees.form.saveOverride")}
      </button>
    </form>
  );
}
