"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { recordQcAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { useRouter } from "@/lib/i18n/navigation";

/** Pass or fail the current packing (a failure needs a note; packing then restarts). */
export function QcForm({ orderId, version }: { orderId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [passed, setPassed] = useState<boolean | null>(null);
  const [notes, setNotes] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (passed === null) return;
    setFields({});
    setError(null);
    start(async () => {
      const res = await recordQcAction({ orderId, version, passed, notes });
      if (!res.ok) {
        setFields(res.fields ?? {});
        setError(res.fields?._form ? t(`validation.${res.fields._form}`) : applyActionError(res, t));
        if (res.error === "order_changed") router.refresh();
        return;
      }
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="card space-y-3" data-testid="qc-form">
      <h2 className="font-semibold">{t("packaging.qc.title")}</h2>
      {error && <Alert testId="qc-error">{error}</Alert>}
      <fieldset className="flex gap-2" aria-label={t("packaging.qc.title")}>
        {([true, false] as const).map((v) => (
          <label
            key={String(v)}
            className={`cursor-pointer rounded-md border px-3 py-2 text-sm ${passed === v ? (v ? "border-emerald-600 bg-emerald-50 font-medium" : "border-red-600 bg-red-50 font-medium") : "border-slate-300"}`}
          >
            <input
              type="radio"
              name="qc"
              className="sr-only"
              checked={passed === v}
              onChange={() => setPassed(v)}
              data-testid={v ? "qc-pass" : "qc-fail"}
            />
            {v ? t("packaging.qc.pass") : t("packaging.qc.fail")}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="qc-notes" className="label">
          {t("packaging.qc.notes")}
        </label>
        <textarea
          id="qc-notes"
          className="input"
          rows={2}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          data-testid="qc-notes"
        />
        <FieldError message={fields.notes} />
      </div>
      <button type="submit" className="btn-primary" disabled={busy || passed === null} data-testid="qc-save">
        {t("packaging.qc.save")}
      </button>
    </form>
  );
}
