"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import type { z } from "zod";
import { recordHandoverAction } from "@/lib/finance/cod/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { handoverOutcome } from "@/lib/finance/cod/cod-math";
import {
  MAX_HANDOVER_FILS,
  ZRecordHandoverInput,
  type RecordHandoverInput,
} from "@/lib/finance/cod/record-handover.schema";
import { formatMoney } from "@/lib/money/format-money";
import { parseAed } from "@/lib/money/parse-aed";

export type CashRow = { id: string; orderCode: string; delivered: string; amountFils: number };

/**
 * The courier's outstanding collections, all ticked; finance unticks what the courier does not
 * hand over, types the cash counted, and sees the difference before saving.
 */
export function HandoverForm({ courierId, rows, currency }: { courierId: string; rows: CashRow[]; currency: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(rows.map((r) => r.id)));
  const { register, handleSubmit, formState, setError, setValue, watch, getValues } = useForm<
    RecordHandoverInput,
    unknown,
    z.output<typeof ZRecordHandoverInput>
  >({
    resolver: zodResolver(ZRecordHandoverInput),
    defaultValues: { courierId, collectionIds: rows.map((r) => r.id), receivedAed: "", note: "" },
  });
  const select = (next: Set<string>) => {
    setSelected(next);
    setValue(
      "collectionIds",
      rows.filter((r) => next.has(r.id)).map((r) => r.id),
      { shouldValidate: formState.isSubmitted },
    );
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    select(next);
  };
  const expected = rows.reduce((s, r) => (selected.has(r.id) ? s + BigInt(r.amountFils) : s), 0n);
  const received = parseAed(watch("receivedAed") ?? "", MAX_HANDOVER_FILS);
  const preview = received === null ? null : handoverOutcome(expected, BigInt(received));
  const money = (f: number | bigint) => formatMoney(f, currency, locale);

  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    // The action parses the raw form values itself (amount text → fils).
    const res = await recordHandoverAction(getValues());
    if (!res.ok) {
      setMessage(applyActionError(res, t, setError));
      if (res.error === "conflict") router.refresh();
      return;
    }
    router.push(`/finance/cod/handovers/${res.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="handover-form">
      {message && <Alert testId="handover-error">{message}</Alert>}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="cash-table">
          <thead>
            <tr>
              <th className="w-10">
                <input
                  type="checkbox"
                  aria-label={t("cod.handover.selectAll")}
                  data-testid="cash-select-all"
                  checked={selected.size === rows.length}
                  onChange={(e) => select(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
              <th>{t("cod.columns.order")}</th>
              <th>{t("cod.columns.delivered")}</th>
              <th className="text-end">{t("cod.columns.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="cash-row" data-code={r.orderCode}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={r.orderCode}
                    data-testid="cash-select"
                    checked={selected.has(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                  />
                </td>
                <td dir="ltr" className="text-start font-medium">
                  {r.orderCode}
                </td>
                <td>{r.delivered}</td>
                <td className="text-end tabular-nums">{money(r.amountFils)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldError message={formState.errors.collectionIds?.message ?? formState.errors.collectionIds?.root?.message} />

      <div className="card grid gap-4 md:grid-cols-3">
        <div>
          <p className="label">{t("cod.handover.expected", { count: selected.size })}</p>
          <p
            className="text-lg font-semibold tabular-nums"
            data-testid="handover-expected"
            data-value={expected.toString()}
          >
            {money(expected)}
          </p>
        </div>
        <div>
          <label htmlFor="handover-received" className="label">
            {t("cod.handover.received")} *
          </label>
          <input
            id="handover-received"
            inputMode="decimal"
            dir="ltr"
            className="input"
            placeholder="0.00"
            autoComplete="off"
            aria-invalid={!!formState.errors.receivedAed}
            data-testid="handover-received"
            {...register("receivedAed")}
          />
          <FieldError message={formState.errors.receivedAed?.message} />
        </div>
        <div>
          <p className="label">{t("cod.columns.difference")}</p>
          {preview ? (
            <p
              className={`text-lg tabular-nums ${preview.differenceFils === 0n ? "text-emerald-700" : "font-semibold text-red-700"}`}
              data-testid="handover-preview"
              data-value={preview.differenceFils.toString()}
            >
              <bdi>
                {preview.differenceFils > 0n ? "+" : ""}
                {money(preview.differenceFils)}
              </bdi>
              <span className="ms-2 text-sm">
                {preview.differenceFils === 0n ? t("cod.handover.balanced") : t("cod.handover.willBeDisputed")}
              </span>
            </p>
          ) : (
            <p className="text-sm text-slate-500">{t("cod.handover.enterReceived")}</p>
          )}
        </div>
        <div className="md:col-span-3">
          <label htmlFor="handover-note" className="label">
            {t("cod.handover.note")}
          </label>
          <textarea id="handover-note" rows={2} className="input" data-testid="handover-note" {...register("note")} />
          <FieldError message={formState.errors.note?.message} />
        </div>
      </div>
      <button
        type="submit"
        className="btn-primary"
        disabled={formState.isSubmitting || selected.size === 0}
        data-testid="handover-submit"
      >
        {formState.isSubmitting ? t("common.working") : t("cod.handover.submit")}
      </button>
    </form>
  );
}
