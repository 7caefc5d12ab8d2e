"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { resolveEscalationAction } from "@/lib/callcenter/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { PICKABLE_CANCEL_REASONS } from "@/lib/callcenter/cancel-reasons";
import type { ResolveEscalationInput } from "@/lib/callcenter/resolve-escalation.schema";

const DECISIONS = ["return", "approve", "cancel"] as const;
type Decision = (typeof DECISIONS)[number];

/** The manager's decision on an escalated or finally-unanswered order. */
export function EscalationPanel({
  open,
  orderId,
  version,
  agents,
  currentAgentId,
}: {
  open: boolean;
  orderId: string;
  version: number;
  agents: Array<{ id: string; name: string }>;
  currentAgentId: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [agentId, setAgentId] = useState(currentAgentId ?? "");
  const [cancelReason, setCancelReason] = useState("");
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success" | "info"; text: string } | null>(null);

  function submit() {
    if (!decision) return;
    setFields({});
    setMessage(null);
    const input: ResolveEscalationInput =
      decision === "return"
        ? { orderId, version, decision, agentId, note }
        : decision === "cancel"
          ? { orderId, version, decision, cancelReason: cancelReason as never, note }
          : { orderId, version, decision, note };
    start(async () => {
      const res = await resolveEscalationAction(input);
      if (!res.ok) {
        setFields(res.fields ?? {});
        setMessage({ kind: "error", text: applyActionError(res, t) });
        if (res.error === "order_changed") router.refresh();
        return;
      }
      setMessage(
        res.data.shortages?.length
          ? { kind: "info", text: t("callcenter.outcome.backordered") }
          : { kind: "success", text: t("callcenter.escalations.resolved", { state: t(`states.${res.data.state}`) }) },
      );
      router.refresh();
    });
  }

  // After a decision the order leaves the inbox: keep showing the outcome, not the form.
  if (!open)
    return message ? (
      <Alert kind={message.kind} testId="escalation-message">
        {message.text}
      </Alert>
    ) : null;

  return (
    <section className="card space-y-3" data-testid="escalation-panel">
      <h2 className="font-semibold">{t("callcenter.escalations.decide")}</h2>
      {message && (
        <Alert kind={message.kind} testId="escalation-message">
          {message.text}
        </Alert>
      )}
      <fieldset className="flex flex-wrap gap-2" aria-label={t("callcenter.escalations.decide")}>
        {DECISIONS.map((d) => (
          <label
            key={d}
            className={`cursor-pointer rounded-md border px-3 py-2 text-sm ${decision === d ? "border-brand-600 bg-brand-50 font-medium" : "border-slate-300"}`}
          >
            <input
              type="radio"
              name="decision"
              value={d}
              className="sr-only"
              checked={decision === d}
              onChange={() => setDecision(d)}
              data-testid={`decision-${d}`}
            />
            {t(`callcenter.escalations.decisions.${d}`)}
          </label>
        ))}
      </fieldset>
      {decision === "return" && (
        <div>
          <label htmlFor="return-agent" className="label">
            {t("callcenter.queue.assignTo")}
          </label>
          <select
            id="return-agent"
            className="input max-w-sm"
            value={agentId}
            onChange={(e) => setAgentId(e.target.value)}
            data-testid="return-agent"
          >
            <option value="">{t("callcenter.queue.chooseAgent")}</option>
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <FieldError message={fields.agentId} />
        </div>
      )}
      {decision === "cancel" && (
        <div>
          <label htmlFor="esc-cancel-reason" className="label">
            {t("callcenter.outcome.cancelReason")} *
          </label>
          <select
            id="esc-cancel-reason"
            className="input max-w-sm"
            value={cancelReason}
            onChange={(e) => setCancelReason(e.target.value)}
            data-testid="escalation-cancel-reason"
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
      {decision && (
        <div>
          <label htmlFor="esc-note" className="label">
            {t("callcenter.outcome.note")}
          </label>
          <textarea
            id="esc-note"
            rows={2}
            className="input"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="escalation-note"
          />
          <FieldError message={fields.note} />
        </div>
      )}
      <button
        type="button"
        className="btn-primary"
        disabled={busy || !decision}
        onClick={submit}
        data-testid="resolve-escalation"
      >
        {t("callcenter.escalations.save")}
      </button>
    </section>
  );
}
