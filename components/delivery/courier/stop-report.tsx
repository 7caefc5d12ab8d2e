"use client";
import { useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { reportDeliveryAction } from "@/lib/delivery/courier/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import {
  FAILED_REASONS,
  RESCHEDULE_MAX_DAYS,
  type ProofKind,
  type ReportDeliveryInput,
} from "@/lib/delivery/courier/report-delivery.schema";
import { filsToAedInput, formatFils, parseAed } from "@/lib/money/parse-aed";
import { instantToUaeLocal } from "@/lib/time/uae-day";
import { SignaturePad, type SignaturePadHandle } from "./signature-pad";

const OUTCOMES = ["delivered", "failed", "refused"] as const;
type Outcome = (typeof OUTCOMES)[number];

export type StopReportOrder = {
  id: string;
  version: number;
  totalFils: number;
  pickedUp: boolean;
  otpAvailable: boolean;
  otpLocked: boolean;
};

const outcomeStyle: Record<Outcome, string> = {
  delivered: "border-emerald-600 bg-emerald-50 text-emerald-900",
  failed: "border-amber-600 bg-amber-50 text-amber-900",
  refused: "border-red-600 bg-red-50 text-red-900",
};

/** The courier's outcome forms for one stop; the server re-checks everything. */
export function StopReport({ order }: { order: StopReportOrder }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cod, setCod] = useState(filsToAedInput(order.totalFils));
  const [codNote, setCodNote] = useState("");
  const [proofKind, setProofKind] = useState<ProofKind>(order.otpAvailable ? "otp" : "photo");
  const [otp, setOtp] = useState("");
  const [photo, setPhoto] = useState<File | null>(null);
  const signature = useRef<SignaturePadHandle>(null);
  const [reason, setReason] = useState("");
  const [reasonText, setReasonText] = useState("");
  const [rescheduleAt, setRescheduleAt] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const codFils = parseAed(cod);
  const codDiffers = codFils !== null && codFils !== order.totalFils;
  const proofs: ProofKind[] = order.otpAvailable ? ["otp", "photo", "signature"] : ["photo", "signature"];

  async function build(): Promise<ReportDeliveryInput | null> {
    const base = { orderId: order.id, version: order.version };
    if (outcome === "delivered") {
      let sig: File | null = null;
      if (proofKind === "signature") {
        sig = (await signature.current?.toFile()) ?? null;
        if (!sig) {
          setFields({ signature: "proof_required" });
          return null;
        }
      }
      return {
        ...base,
        outcome,
        cod,
        codNote,
        proofKind,
        ...(proofKind === "otp" ? { otp } : {}),
        ...(proofKind === "photo" && photo ? { photo: { name: photo.name || "photo.jpg", file: photo } } : {}),
        ...(sig ? { signature: { name: sig.name, file: sig } } : {}),
      };
    }
    if (outcome === "failed") return { ...base, outcome, reason: reason as never, reasonText, rescheduleAt };
    if (outcome === "refused") return { ...base, outcome, reasonText };
    return null;
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!outcome || done) return;
    setError(null);
    setFields({});
    start(async () => {
      const input = await build();
      if (!input) return;
      const res = await reportDeliveryAction(input);
      if (!res.ok) {
        setFields(res.fields ?? {});
        setError(applyActionError(res, t));
        if (res.error === "order_changed" || res.fields?.otp === "otp_locked") router.refresh();
        return;
      }
      setDone(true);
      router.refresh();
    });
  }

  if (done)
    return (
      <Alert kind="success" testId="report-sent">
        {t("courier.stop.waiting")}
      </Alert>
    );

  const big = "min-h-12 text-base";
  return (
    <form onSubmit={submit} className="card space-y-4" data-testid="stop-report" noValidate>
      <h2 className="text-lg font-semibold">{t("courier.report.title")}</h2>
      {error && <Alert testId="report-error">{error}</Alert>}
      <div className="grid grid-cols-3 gap-2" role="group" aria-label={t("courier.report.title")}>
        {OUTCOMES.map((o) => (
          <button
            key={o}
            type="button"
            aria-pressed={outcome === o}
            data-testid={`outcome-${o}`}
            className={`min-h-14 rounded-lg border-2 px-2 text-sm font-semibold ${outcome === o ? outcomeStyle[o] : "border-slate-300 bg-white text-slate-800"}`}
            onClick={() => {
              setOutcome(o);
              setFields({});
              setError(null);
            }}
          >
            {t(`courier.outcomes.${o}`)}
          </button>
        ))}
      </div>
      <FieldError message={fields.outcome} />

      {outcome === "delivered" && !order.pickedUp && (
        <Alert kind="info" testId="not-picked-up">
          {t("courier.report.pickUpFirst")}
        </Alert>
      )}

      {outcome === "delivered" && order.pickedUp && (
        <div className="space-y-4" data-testid="delivered-form">
          <div>
            <label htmlFor="cod" className="label text-base">
              {t("courier.report.cod", { amount: formatFils(order.totalFils, locale) })}
            </label>
            <input
              id="cod"
              className={`input ${big}`}
              dir="ltr"
              inputMode="decimal"
              autoComplete="off"
              value={cod}
              onChange={(e) => setCod(e.target.value)}
              data-testid="cod-input"
              aria-invalid={!!fields.cod}
            />
            <FieldError message={fields.cod} />
          </div>
          {(codDiffers || fields.codNote) && (
            <div>
              <label htmlFor="cod-note" className="label">
                {t("courier.report.codNote")} *
              </label>
              <textarea
                id="cod-note"
                rows={2}
                className="input text-base"
                value={codNote}
                onChange={(e) => setCodNote(e.target.value)}
                data-testid="cod-note"
              />
              <FieldError message={fields.codNote} />
            </div>
          )}
          <fieldset className="space-y-2">
            <legend className="label text-base">{t("courier.report.proof")}</legend>
            {order.otpLocked && (
              <p className="text-sm text-amber-800" data-testid="otp-locked">
                {t("courier.report.otpLocked")}
              </p>
            )}
            <div className="grid grid-cols-3 gap-2">
              {proofs.map((p) => (
                <button
                  key={p}
                  type="button"
                  aria-pressed={proofKind === p}
                  data-testid={`proof-${p}`}
                  className={`min-h-12 rounded-md border-2 px-2 text-sm font-medium ${proofKind === p ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
                  onClick={() => {
                    setProofKind(p);
                    setFields({});
                  }}
                >
                  {t(`courier.proofs.${p}`)}
                </button>
              ))}
            </div>
          </fieldset>
          {proofKind === "otp" && (
            <div>
              <label htmlFor="otp" className="label">
                {t("courier.report.otp")}
              </label>
              <input
                id="otp"
                className={`input ${big} tracking-[0.4em]`}
                dir="ltr"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                pattern="[0-9]*"
                value={otp}
                onChange={(e) => setOtp(e.target.value.replace(/\D/g, "").slice(0, 6))}
                data-testid="otp-input"
                aria-invalid={!!fields.otp}
              />
              <p className="text-xs text-slate-500">{t("courier.report.otpHint")}</p>
              <FieldError message={fields.otp} />
            </div>
          )}
          {proofKind === "photo" && (
            <div>
              <label htmlFor="proof-photo" className="label">
                {t("courier.report.photo")}
              </label>
              <input
                id="proof-photo"
                type="file"
                accept="image/*"
                capture="environment"
                className="block w-full text-sm file:me-3 file:min-h-12 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:text-white"
                onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
                data-testid="proof-photo-input"
              />
              <FieldError message={fields.photo} />
            </div>
          )}
          {proofKind === "signature" && (
            <div>
              <p className="label">{t("courier.report.signature")}</p>
              <SignaturePad ref={signature} onChange={() => setFields((f) => ({ ...f, signature: "" }))} />
              <FieldError message={fields.signature} />
            </div>
          )}
        </div>
      )}

      {outcome === "failed" && (
        <div className="space-y-4" data-testid="failed-form">
          <div>
            <label htmlFor="fail-reason" className="label text-base">
              {t("courier.report.reason")} *
            </label>
            <select
              id="fail-reason"
              className={`input ${big}`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="fail-reason"
            >
              <option value="">{t("courier.report.chooseReason")}</option>
              {FAILED_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`courier.failedReasons.${r}`)}
                </option>
              ))}
            </select>
            <FieldError message={fields.reason} />
          </div>
          <div>
            <label htmlFor="fail-text" className="label">
              {t("courier.report.details")}
              {reason === "other" ? " *" : ""}
            </label>
            <textarea
              id="fail-text"
              rows={2}
              className="input text-base"
              value={reasonText}
              onChange={(e) => setReasonText(e.target.value)}
              data-testid="fail-text"
            />
            <FieldError message={fields.reasonText} />
          </div>
          <div>
            <label htmlFor="reschedule-at" className="label text-base">
              {t("courier.report.rescheduleAt")} *
            </label>
            <input
              id="reschedule-at"
              type="datetime-local"
              className={`input ${big}`}
              dir="ltr"
              value={rescheduleAt}
              min={instantToUaeLocal(new Date())}
              onChange={(e) => setRescheduleAt(e.target.value)}
              data-testid="reschedule-at"
            />
            <p className="text-xs text-slate-500">
              {t("courier.report.rescheduleHint", { days: RESCHEDULE_MAX_DAYS })}
            </p>
            <FieldError message={fields.rescheduleAt} />
          </div>
        </div>
      )}

      {outcome === "refused" && (
        <div data-testid="refused-form">
          <label htmlFor="refuse-text" className="label text-base">
            {t("courier.report.refusedReason")} *
          </label>
          <textarea
            id="refuse-text"
            rows={3}
            className="input text-base"
            value={reasonText}
            onChange={(e) => setReasonText(e.target.value)}
            data-testid="refuse-text"
          />
          <FieldError message={fields.reasonText} />
        </div>
      )}

      {outcome && (
        <button
          type="submit"
          className="btn-primary min-h-14 w-full text-lg"
          disabled={busy || (outcome === "delivered" && !order.pickedUp)}
          data-testid="report-submit"
        >
          {busy ? t("courier.report.sending") : t(`courier.report.submit.${outcome}`)}
        </button>
      )}
    </form>
  );
}
