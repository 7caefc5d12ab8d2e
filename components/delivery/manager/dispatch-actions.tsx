"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { dispatchAreaAction, dispatchOrdersAction } from "@/lib/delivery/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import type { ActionResult } from "@/lib/actions/action";
import type { DispatchTargets } from "@/lib/delivery/list-ready";
import { EMIRATES } from "@/lib/geo/emirates";
import { TargetSelect } from "./target-select";

/**
 * Dispatch controls: tick ready orders in the table (checkboxes named "order" in the form
 * `dispatch-form`) and send them to a courier or company, or send every ready order of an
 * emirate (and area) at once.
 */
export function DispatchActions({
  targets,
  emirate,
  area,
  warehouseId,
}: {
  targets: DispatchTargets;
  emirate?: string;
  area?: string;
  warehouseId?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [target, setTarget] = useState("");
  const [areaEmirate, setAreaEmirate] = useState(emirate ?? "");
  const [areaName, setAreaName] = useState(area ?? "");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const selected = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>('#dispatch-form input[name="order"]:checked')).map(
      (i) => i.value,
    );

  function run<T>(fn: () => Promise<ActionResult<T>>, done: (d: T) => string) {
    setMessage(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) {
        const field = res.fields?.target ?? res.fields?.orderIds ?? res.fields?.emirate;
        setMessage({ kind: "error", text: field ? t(`validation.${field}`) : applyActionError(res, t) });
        return;
      }
      setMessage({ kind: "success", text: done(res.data) });
      router.refresh();
    });
  }

  return (
    <section className="card space-y-3" data-testid="dispatch-actions">
      {message && (
        <Alert kind={message.kind} testId="dispatch-message">
          {message.text}
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="dispatch-target" className="label">
            {t("delivery.dispatch.sendTo")}
          </label>
          <TargetSelect
            id="dispatch-target"
            targets={targets}
            value={target}
            onChange={setTarget}
            testId="dispatch-target"
          />
        </div>
        <button
          type="button"
          className="btn-primary"
          disabled={busy}
          data-testid="dispatch-selected"
          onClick={() =>
            run(
              () => dispatchOrdersAction({ orderIds: selected(), target }),
              (d) => t("delivery.dispatch.done", d),
            )
          }
        >
          {t("delivery.dispatch.sendSelected")}
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3">
        <div>
          <label htmlFor="area-emirate" className="label">
            {t("delivery.filters.emirate")}
          </label>
          <select
            id="area-emirate"
            className="input"
            value={areaEmirate}
            onChange={(e) => setAreaEmirate(e.target.value)}
            data-testid="dispatch-area-emirate"
          >
            <option value="">{t("delivery.filters.chooseEmirate")}</option>
            {EMIRATES.map((e) => (
              <option key={e} value={e}>
                {t(`orders.emirates.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="area-name" className="label">
            {t("delivery.filters.area")}
          </label>
          <input
            id="area-name"
            className="input"
            value={areaName}
            onChange={(e) => setAreaName(e.target.value)}
            data-testid="dispatch-area-name"
          />
        </div>
        <button
          type="button"
          className="btn-secondary"
          disabled={busy}
          data-testid="dispatch-area"
          onClick={() =>
            run(
              () => dispatchAreaAction({ emirate: areaEmirate as never, area: areaName, warehouseId, target }),
              (d) => t("delivery.dispatch.areaDone", d),
            )
          }
        >
          {t("delivery.dispatch.sendArea")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("delivery.dispatch.areaHint", { max: 200 })}</p>
    </section>
  );
}
