"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { recordRemittanceAction } from "@/lib/finance/cod/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { ZRecordRemittanceInput, type RecordRemittanceInput } from "@/lib/finance/cod/record-remittance.schema";
import { MAX_REMITTANCE_CSV_CHARS, MAX_REMITTANCE_LINES } from "@/lib/finance/cod/remittance-csv";

/** A partner company's statement: its CSV, the money received and the bank reference. */
export function RemittanceForm({ companyId }: { companyId: string }) {
  const t = useTranslations();
  const tCsv = useTranslations("cod.csvErrors");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, setValue, getValues, clearErrors } = useForm<
    RecordRemittanceInput,
    unknown,
    z.output<typeof ZRecordRemittanceInput>
  >({
    resolver: zodResolver(ZRecordRemittanceInput),
    defaultValues: { companyId, csv: "", fileName: "", receivedAed: "", reference: "", note: "" },
  });

  const onFile = async (file: File | undefined) => {
    setMessage(null);
    clearErrors("csv");
    setValue("csv", "");
    setValue("fileName", "");
    if (!file) return;
    // UTF-8 text is at most 4 bytes a character: a larger file cannot fit the limit.
    if (file.size > MAX_REMITTANCE_CSV_CHARS * 4) return setError("csv", { type: "client", message: "file_too_large" });
    setValue("csv", await file.text(), { shouldValidate: formState.isSubmitted });
    setValue("fileName", file.name.slice(0, 200));
  };

  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    // The action parses the raw values itself (amount text → fils, CSV → lines).
    const res = await recordRemittanceAction(getValues());
    if (!res.ok) {
      const csv = res.fields?.csv;
      if (res.error === "validation" && csv?.startsWith("csv_")) {
        setMessage(tCsv(csv as "csv_amount", { line: res.params?.line ?? 0, max: MAX_REMITTANCE_LINES }));
        return;
      }
      setMessage(applyActionError(res, t, setError));
      return;
    }
    router.push(`/finance/cod/remittances/${res.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4" data-testid="remittance-form">
      {message && <Alert testId="remittance-error">{message}</Alert>}
      <div>
        <label htmlFor="remittance-file" className="label">
          {t("cod.remittance.file")} *
        </label>
        <input
          id="remittance-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          className="input"
          data-testid="remittance-file"
          aria-invalid={!!formState.errors.csv}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <p className="mt-1 text-xs text-slate-500">{t("cod.remittance.fileHelp", { max: MAX_REMITTANCE_LINES })}</p>
        <FieldError message={formState.errors.csv?.message} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="remittance-received" className="label">
            {t("cod.remittance.received")} *
          </label>
          <input
            id="remittance-received"
            inputMode="decimal"
            dir="ltr"
            className="input"
            placeholder="0.00"
            autoComplete="off"
            aria-invalid={!!formState.errors.receivedAed}
            data-testid="remittance-received"
            {...register("receivedAed")}
          />
          <FieldError message={formState.errors.receivedAed?.message} />
        </div>
        <div>
          <label htmlFor="remittance-reference" className="label">
            {t("cod.remittance.reference")} *
          </label>
          <input
            id="remittance-reference"
            dir="ltr"
            className="input"
            autoComplete="off"
            aria-invalid={!!formState.errors.reference}
            data-testid="remittance-reference"
            {...register("reference")}
          />
          <FieldError message={formState.errors.reference?.message} />
        </div>
      </div>
      <div>
        <label htmlFor="remittance-note" className="label">
          {t("cod.remittance.note")}
        </label>
        <textarea id="remittance-note" rows={2} className="input" data-testid="remittance-note" {...register("note")} />
        <FieldError message={formState.errors.note?.message} />
      </div>
      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="remittance-submit">
        {formState.isSubmitting ? t("common.working") : t("cod.remittance.submit")}
      </button>
    </form>
  );
}
