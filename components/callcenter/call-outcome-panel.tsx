"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { nextOrderAction, recordOutcomeAction } from "@/lib/callcenter/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { PICKABLE_CANCEL_REASONS } from "@/lib/callcenter/cancel-reasons";
import type { RecordOutcomeInput } from "@/lib/callcenter/record-outcome.schema";

const OUTCOMES = ["confirmed", "no_answer", "postponed", "cancelled", "escalated"] as const;
type Outcome = (typeof OUTCOMES)[number];

export type OutcomePanelOrder = {
  id: string;
  version: number;
  city: string;
  area: string | null;
  street: string;
  building: string | null;
  landmark: string | null;
  lines: Array<{ id: string; sku: string; name: string; quantity: number }>;
  noAnswers: number;
  maxAttempts: number;
  postpones: number;
  maxPostpones: number;
  callbackMaxDays: number;
};

type Result = {
  kind: "success" | "info";
  text: string;
  shortages?: Array<{ sku: string; requested: number; available: number }>;
};

/** The agent's outcome form for one call; the server re-checks everything. */
export function CallOutcomePanel({ order, open }: { order: OutcomePanelOrder; open: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState("");
  const [callbackAt, setCallbackAt] = useState("");
  const [cancelReason, setCancelReason] = useState("");
  const [correct, setCorrect] = useState(false);
  const [addr, setAddr] = useState({
    city: order.city,
    area: order.area ?? "",
    street: order.street,
    building: order.building ?? "",
    landmark: order.landmark ?? "",
  });
  const [qty, setQty] = useState<Record<string, string>>(
    Object.fromEntries(order.lines.map((l) => [l.id, String(l.quantity)])),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const finalAttempt = order.noAnswers + 1 >= order.maxAttempts;

  function submit() {
    if (!outcome) return setError(t("callcenter.outcome.chooseOutcome"));
    setError(null);
    setFields({});
    const base = { orderId: order.id, version: order.version, note };
    const input: RecordOutcomeInput =
      outcome === "confirmed"
        ? {
            ...base,
            outcome,
            ...(correct
              ? {
                  corrections: {
                    ...addr,
                    lines: order.lines.map((l) => ({ lineId: l.id, quantity: qty[l.id] as unknown as number })),
                  },
                }
              : {}),
          }
        : outcome === "postponed"
          ? { ...base, outcome, callbackAt }
          : outcome === "cancelled"
            ? { ...base, outcome, cancelReason: cancelReason as never }
            : { ...base, outcome };
    start(async () => {
      const res = await recordOutcomeAction(input);
      if (!res.ok) {
        setFields(res.fields ?? {});
        setError(applyActionError(res, t));
        if (res.error === "order_changed") router.refresh();
        return;
      }
      const d = res.data;
      if (d.shortages?.length) {
        setResult({ kind: "info", text: t("callcenter.outcome.backordered"), shortages: d.shortages });
      } else {
        setResult({
          kind: "success",
          text: t(`callcenter.outcome.done.${d.outcome}`, { state: t(`states.${d.state}`) }),
        });
      }
      router.refresh();
    });
  }

  if (result) {
    return (
      <section className="card space-y-3" data-testid="outcome-panel">
        <Alert kind={result.kind} testId="outcome-result">
          {result.text}
          {result.shortages && (
            <ul className="mt-2 list-disc ps-5" data-testid="shortages">
              {result.shortages.map((s) => (
                <li key={s.sku} dir="auto">
                  {t("callcenter.outcome.shortage", { sku: s.sku, requested: s.requested, available: s.available })}
                </li>
              ))}
            </ul>
          )}
        </Alert>
        <div className="flex gap-2">
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            data-testid="next-order-after"
            onClick={() =>
              start(async () => {
                const r = await nextOrderAction({});
                if (r.ok && r.data.orderId) router.push(`/callcenter/orders/${r.data.orderId}`);
                else router.push("/callcenter/agent");
              })
            }
          >
            {t("callcenter.agent.nextOrder")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => router.push("/callcenter/agent")}
            data-testid="back-to-queue"
          >
            {t("callcenter.agent.backToQueue")}
          </button>
        </div>
      </section>
    );
  }

  if (!open) return null;

  const field = (name: keyof typeof addr, label: string, required = false) => (
    <div>
      <label htmlFor={`fix-${name}`} className="label">
        {label}
        {required ? " *" : ""}
      </label>
      <input
        id={`fix-${name}`}
        className="input"
        value={addr[name]}
        onChange={(e) => setAddr({ ...addr, [name]: e.target.value })}
        data-testid={`fix-${name}`}
      />
      <FieldError message={fields[`corrections.${name}`]} />
    </div>
  );

  return (
    <section className="card space-y-4" data-testid="outcome-panel">
      <h2 className="font-semibold">{t("callcenter.outcome.title")}</h2>
      {error && <Alert testId="outcome-error">{error}</Alert>}
      <fieldset className="flex flex-wrap gap-2" aria-label={t("callcenter.outcome.title")}>
        {OUTCOMES.map((o) => (
          <label
            key={o}
            className={`cursor-pointer rounded-md border px-3 py-2 text-sm ${outcome === o ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300"}`}
          >
            <input
              type="radio"
              name="outcome"
              value={o}
              className="sr-only"
              checked={outcome === o}
              onChange={() => setOutcome(o)}
              data-testid={`outcome-${o}`}
            />
            {o === "no_answer" && finalAttempt ? t("callcenter.outcome.noAnswerFinal") : t(`callcenter.outcomes.${o}`)}
          </label>
        ))}
      </fieldset>
      <p className="text-xs text-slate-500" data-testid="attempts-info">
        {t("callcenter.outcome.attempts", { used: order.noAnswers, max: order.maxAttempts })} ·{" "}
        {t("callcenter.outcome.postpones", { used: order.postpones, max: order.maxPostpones })}
      </p>

      {outcome === "confirmed" && (
        <div className="space-y-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={correct}
              onChange={(e) => setCorrect(e.target.checked)}
              data-testid="correct-details"
            />
            {t("callcenter.outcome.correctDetails")}
          </label>
          {correct && (
            <div className="grid gap-3 md:grid-cols-2" data-testid="corrections">
              {field("city", t("orders.form.city"), true)}
              {field("area", t("orders.form.area"))}
              {field("street", t("orders.form.street"), true)}
              {field("building", t("orders.form.building"))}
              {field("landmark", t("orders.form.landmark"))}
              {order.lines.map((l, i) => (
                <div key={l.id}>
                  <label htmlFor={`qty-${l.id}`} className="label">
                    <span dir="ltr">{l.sku}</span> · {l.name}
                  </label>
                  <input
                    id={`qty-${l.id}`}
                    type="number"
                    min={1}
                    max={999}
                    className="input max-w-28"
                    value={qty[l.id]}
                    onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
                    data-testid={`fix-qty-${i}`}
                  />
                  <FieldError message={fields[`corrections.lines.${i}.quantity`]} />
                </div>
              ))}
            </div>
          )}
        </div>
      )}

      {outcome === "postponed" && (
        <div>
          <label htmlFor="callback-at" className="label">
            {t("callcenter.outcome.callbackAt")} *
          </label>
          <input
            id="callback-at"
            type="datetime-local"
            className="input max-w-64"
            dir="ltr"
            value={callbackAt}
            onChange={(e) => setCallbackAt(e.target.value)}
            data-testid="callback-at"
          />
          <p className="text-xs text-slate-500">
            {t("callcenter.outcome.callbackHint", { days: order.callbackMaxDays })}
          </p>
          <FieldError message={fields.callbackAt} />
        </div>
      )}

      {outcome === "cancelled" && (
        <div>
          <label htmlFor="cancel-reason" className="label">
            {t("callcenter.outcome.cancelReason")} *
          </label>
          <select
            id="cancel-reason"
            className="input max-w-sm"
            value={cancelReason}
            onChange={(e) => setCancelReason(e.target.value)}
            data-testid="cancel-reason"
          >
            <option value="">{t("callcenter.outcome.chooseReason")}</option>
            {PICKABLE_CANCEL_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`callcenter.cancelReasons.${r}`)}
              </option>
            ))}
          </select>
          <FieldError message={fields.cancelReason} />
        </div>
      )}

      {outcome && (
        <div>
          <label htmlFor="call-note" className="label">
            {t("callcenter.outcome.note")}
            {outcome === "escalated" ? " *" : ""}
          </label>
          <textarea
            id="call-note"
            rows={3}
            className="input"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="call-note"
          />
          <p className="text-xs text-slate-500">{t("callcenter.outcome.noteHint")}</p>
          <FieldError message={fields.note} />
        </div>
      )}

      <button
        type="button"
        className="btn-primary"
        disabled={busy || !outcome}
        onClick={submit}
        data-testid="record-outcome"
      >
        {t("callcenter.outcome.save")}
      </button>
    </section>
  );
}
