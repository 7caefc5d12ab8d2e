"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { inspectReturnAction } from "@/lib/returns/actions";
import {
  BIN_KINDS_FOR,
  INSPECTION_REFUND_STATUSES,
  INSPECTION_RESULTS,
  MAX_RETURN_PHOTOS,
  ZInspectionFields,
  type InspectionFieldsInput,
} from "@/lib/returns/inspect-return.schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

type Bin = { id: string; code: string; kind: string };

/**
 * The inspection of a received return: sellable goods go back to a storage (or returns) bin,
 * damaged ones to a damaged bin; notes are required for damage; photos optional; a refund
 * amount (at most the order total) is recorded as pending for finance.
 */
export function InspectForm({
  returnId,
  version,
  bins,
  orderTotal,
}: {
  returnId: string;
  version: number;
  bins: Bin[];
  orderTotal: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [photosError, setPhotosError] = useState<string | undefined>();
  const { register, handleSubmit, formState, setError, watch, setValue } = useForm<InspectionFieldsInput>({
    resolver: zodResolver(ZInspectionFields, undefined, { raw: true }),
    defaultValues: { result: undefined, notes: "", locationId: "", refund: "", refundStatus: "none" },
  });
  const result = watch("result");
  const choices = result ? bins.filter((b) => (BIN_KINDS_FOR[result] as readonly string[]).includes(b.kind)) : [];

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setPhotosError(undefined);
    const res = await inspectReturnAction({
      ...values,
      returnId,
      version,
      photos: files.map((file) => ({ name: file.name, file })),
    });
    if (!res.ok) {
      setPhotosError(res.fields?.photos);
      return setMessage(applyActionError(res, t, setError));
    }
    setFiles([]);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4" data-testid="inspect-form">
      <h2 className="font-semibold">{t("returns.inspect.title")}</h2>
      {message && <Alert testId="inspect-message">{message}</Alert>}
      <fieldset>
        <legend className="label">{t("returns.inspect.result")}</legend>
        <div className="flex flex-wrap gap-4">
          {INSPECTION_RESULTS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                value={r}
                data-testid={`result-${r}`}
                {...register("result", { onChange: () => setValue("locationId", "") })}
              />
              {t(`returns.result.${r}`)}
            </label>
          ))}
        </div>
        <FieldError message={formState.errors.result?.message} />
      </fieldset>
      <div>
        <label htmlFor="locationId" className="label">
          {t("returns.inspect.bin")}
        </label>
        <select
          id="locationId"
          className="input max-w-sm"
          disabled={!result}
          data-testid="inspect-bin"
          {...register("locationId")}
        >
          <option value="">{result ? t("returns.inspect.chooseBin") : t("returns.inspect.chooseResultFirst")}</option>
          {choices.map((b) => (
            <option key={b.id} value={b.id}>
              {b.code} · {t(`returns.inspect.binKinds.${b.kind}`)}
            </option>
          ))}
        </select>
        {result && !choices.length && (
          <p className="mt-1 text-xs text-red-700" data-testid="no-bins">
            {t("returns.inspect.noBins")}
          </p>
        )}
        <FieldError message={formState.errors.locationId?.message} />
      </div>
      <div>
        <label htmlFor="notes" className="label">
          {t("returns.inspect.notes")}
        </label>
        <textarea id="notes" rows={3} className="input" data-testid="inspect-notes" {...register("notes")} />
        <p className="mt-1 text-xs text-slate-500">{t("returns.inspect.notesHint")}</p>
        <FieldError message={formState.errors.notes?.message} />
      </div>
      <fieldset className="space-y-2">
        <legend className="label">{t("returns.inspect.photos", { max: MAX_RETURN_PHOTOS })}</legend>
        <ul className="flex flex-wrap gap-2">
          {files.map((f, i) => (
            <li
              key={`${f.name}-${i}`}
              className="flex items-center gap-2 rounded border border-slate-200 px-2 py-1 text-xs"
              data-testid="new-photo"
            >
              <span className="max-w-40 truncate" dir="ltr">
                {f.name}
              </span>
              <button
                type="button"
                className="text-red-700 underline"
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                {t("returns.inspect.removePhoto")}
              </button>
            </li>
          ))}
        </ul>
        {files.length < MAX_RETURN_PHOTOS && (
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            multiple
            aria-label={t("returns.inspect.addPhotos")}
            data-testid="photo-input"
            onChange={(e) => {
              setFiles([...files, ...Array.from(e.target.files ?? [])].slice(0, MAX_RETURN_PHOTOS));
              e.target.value = "";
            }}
          />
        )}
        <FieldError message={photosError} />
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="refund" className="label">
            {t("returns.inspect.refund")}
          </label>
          <input
            id="refund"
            inputMode="decimal"
            dir="ltr"
            className="input"
            placeholder="0.00"
            data-testid="inspect-refund"
            {...register("refund")}
          />
          <p className="mt-1 text-xs text-slate-500">{t("returns.inspect.refundHint", { total: orderTotal })}</p>
          <FieldError message={formState.errors.refund?.message} />
        </div>
        <div>
          <label htmlFor="refundStatus" className="label">
            {t("returns.inspect.refundStatus")}
          </label>
          <select id="refundStatus" className="input" data-testid="inspect-refund-status" {...register("refundStatus")}>
            {INSPECTION_REFUND_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`returns.refundStatus.${s}`)}
              </option>
            ))}
          </select>
          <FieldError message={formState.errors.refundStatus?.message} />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="inspect-submit">
        {formState.isSubmitting ? t("common.working") : t("returns.inspect.submit")}
      </button>
    </form>
  );
}
