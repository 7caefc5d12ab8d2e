"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { bulkConfirmAction, confirmAttemptAction, correctAttemptAction } from "@/lib/delivery/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { OUTCOMES, type Outcome } from "@/lib/delivery/confirm.schema";
import { useFeedback } from "./feedback";

type Result = { orderState: string; returnCode: string | null };

function useDone() {
  const t = useTranslations();
  return (r: Result) =>
    r.returnCode
      ? t("delivery.confirm.doneReturn", { state: t(`states.${r.orderState}`), code: r.returnCode })
      : t("delivery.confirm.done", { state: t(`states.${r.orderState}`) });
}

/** Confirm one report as reported, or correct it (outcome / cash, with a note). */
export function AttemptActions({
  attemptId,
  version,
  outcome,
  codAed,
}: {
  attemptId: string;
  version: number;
  outcome: Outcome;
  codAed: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const done = useDone();
  const [busy, start] = useTransition();
  const [correcting, setCorrecting] = useState(false);
  const [newOutcome, setNewOutcome] = useState<Outcome>(outcome);
  const [cod, setCod] = useState(codAed);
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const feedback = useFeedback();

  // A decided report leaves the list; its result shows above the list (FeedbackProvider).
  function finish(res: Awaited<ReturnType<typeof confirmAttemptAction>>) {
    if (!res.ok) {
      setFields(res.fields ?? {});
      setMessage({ kind: "error", text: applyActionError(res, t) });
      if (res.error === "conflict" || res.error === "order_changed") router.refresh();
      return;
    }
    setMessage(null);
    feedback({ kind: "success", text: done(res.data) });
    router.refresh();
  }

  return (
    <div className="space-y-2" data-testid="attempt-actions">
      {message && (
        <Alert kind={message.kind} testId="attempt-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={busy}
          data-testid="attempt-confirm"
          onClick={() => start(async () => finish(await confirmAttemptAction({ attemptId, version })))}
        >
          {t("delivery.confirm.confirm")}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={busy}
          aria-expanded={correcting}
          data-testid="attempt-correct-toggle"
          onClick={() => setCorrecting((v) => !v)}
        >
          {t("delivery.confirm.correct")}
        </button>
      </div>
      {correcting && (
        <div className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="attempt-correct-form">
          <div>
            <label htmlFor={`outcome-${attemptId}`} className="label">
              {t("delivery.confirm.outcome")}
            </label>
            <select
              id={`outcome-${attemptId}`}
              className="input"
              value={newOutcome}
              onChange={(e) => setNewOutcome(e.target.value as Outcome)}
              data-testid="correct-outcome"
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`delivery.outcomes.${o}`)}
                </option>
              ))}
            </select>
          </div>
          {newOutcome === "delivered" && (
            <div>
              <label htmlFor={`cod-${attemptId}`} className="label">
                {t("delivery.confirm.codAed")}
              </label>
              <input
                id={`cod-${attemptId}`}
                className="input"
                inputMode="decimal"
                dir="ltr"
                value={cod}
                onChange={(e) => setCod(e.target.value)}
                aria-invalid={!!fields.codAed}
                data-testid="correct-cod"
              />
              <FieldError message={fields.codAed} />
            </div>
          )}
          <div>
            <label htmlFor={`note-${attemptId}`} className="label">
              {t("delivery.confirm.note")} *
            </label>
            <textarea
              id={`note-${attemptId}`}
              className="input"
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={!!fields.note}
              data-testid="correct-note"
            />
            <FieldError message={fields.note} />
          </div>
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            data-testid="correct-submit"
            onClick={() =>
              start(async () => {
                setFields({});
                finish(await correctAttemptAction({ attemptId, version, outcome: newOutcome, codAed: cod, note }));
              })
            }
          >
            {t("delivery.confirm.saveCorrection")}
          </button>
        </div>
      )}
    </div>
  );
}

/** Confirms every ticked report (checkboxes named "attempt", value "<id>:<version>", in `confirm-form`). */
export function BulkConfirm() {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const feedback = useFeedback();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="bulk-confirm"
        onClick={() =>
          start(async () => {
            setMessage(null);
            const attempts = Array.from(
              document.querySelectorAll<HTMLInputElement>('#confirm-form input[name="attempt"]:checked'),
            ).map((i) => {
              const [attemptId, version] = i.value.split(":");
              return { attemptId, version: Number(version) };
            });
            const res = await bulkConfirmAction({ attempts });
            if (!res.ok) {
              setMessage({
                kind: "error",
                text: res.fields?.attempts ? t(`validation.${res.fields.attempts}`) : applyActionError(res, t),
              });
              return;
            }
            feedback({ kind: "success", text: t("delivery.confirm.bulkDone", res.data) });
            router.refresh();
          })
        }
      >
        {t("delivery.confirm.bulk")}
      </button>
      {message && (
        <Alert kind={message.kind} testId="bulk-message">
          {message.text}
        </Alert>
      )}
    </div>
  );
}
