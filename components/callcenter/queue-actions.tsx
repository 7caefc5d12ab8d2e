"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { assignOrdersAction, autoAssignAction, retryReservationsAction } from "@/lib/callcenter/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import type { ActionResult } from "@/lib/actions/action";

type Agent = { id: string; name: string; onShift: boolean };

/**
 * The manager's queue controls: tick orders in the table (checkboxes named "order" inside
 * the form with id `queue-form`), then assign them to an agent, auto-assign the oldest
 * unassigned orders, or retry the reservation of orders waiting for stock.
 */
export function QueueActions({ agents, showRetry }: { agents: Agent[]; showRetry: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [agentId, setAgentId] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const selected = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>('#queue-form input[name="order"]:checked')).map(
      (i) => i.value,
    );

  function run<T>(fn: () => Promise<ActionResult<T>>, done: (data: T) => string) {
    setMessage(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) {
        const field = res.fields?.orderIds ?? res.fields?.agentId;
        setMessage({ kind: "error", text: field ? t(`validation.${field}`) : applyActionError(res, t) });
        return;
      }
      setMessage({ kind: "success", text: done(res.data) });
      router.refresh();
    });
  }

  return (
    <div className="card mb-4 space-y-3" data-testid="queue-actions">
      {message && (
        <Alert kind={message.kind} testId="queue-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="label">{t("callcenter.queue.assignTo")}</span>
          <select
            className="input min-w-48"
            value={agentId}
            onChange={(e) => setAgentId(e.target.value)}
            data-testid="assign-agent"
          >
            <option value="">{t("callcenter.queue.chooseAgent")}</option>
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.onShift ? ` · ${t("callcenter.load.onShift")}` : ""}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn-primary"
          disabled={busy}
          data-testid="assign-selected"
          onClick={() =>
            run(
              () => assignOrdersAction({ orderIds: selected(), agentId }),
              (d) => t("callcenter.queue.assigned", { assigned: d.assigned, skipped: d.skipped }),
            )
          }
        >
          {t("callcenter.queue.assignSelected")}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={busy}
          data-testid="auto-assign"
          onClick={() =>
            run(
              () => autoAssignAction({ max: 100 }),
              (d) => t("callcenter.queue.autoAssigned", { assigned: d.assigned }),
            )
          }
        >
          {t("callcenter.queue.autoAssign")}
        </button>
        {showRetry && (
          <button
            type="button"
            className="btn-secondary"
            disabled={busy}
            data-testid="retry-reservations"
            onClick={() =>
              run(
                () => retryReservationsAction({ orderIds: selected() }),
                (d) => t("callcenter.queue.retried", { reserved: d.reserved, stillShort: d.stillShort }),
              )
            }
          >
            {t("callcenter.queue.retryReservations")}
          </button>
        )}
      </div>
      <p className="text-xs text-slate-500">{t("callcenter.queue.autoAssignHint")}</p>
    </div>
  );
}
