"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { reassignAction } from "@/lib/delivery/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { applyActionError } from "@/components/forms/action-result";
import type { DispatchTargets } from "@/lib/delivery/list-ready";
import { TargetSelect } from "./target-select";

/** Hands one unreported order to another courier or company. */
export function ReassignForm({
  orderId,
  version,
  targets,
}: {
  orderId: string;
  version: number;
  targets: DispatchTargets;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <TargetSelect
        id={`reassign-${orderId}`}
        targets={targets}
        value={target}
        onChange={setTarget}
        testId="reassign-target"
      />
      <button
        type="button"
        className="btn-secondary"
        disabled={busy || !target}
        data-testid="reassign-submit"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await reassignAction({ orderId, version, target });
            if (!res.ok) {
              setError(res.fields?.target ? t(`validation.${res.fields.target}`) : applyActionError(res, t));
              return;
            }
            router.refresh();
          })
        }
      >
        {t("delivery.run.reassign")}
      </button>
      {error && (
        <p className="field-error" role="alert" data-testid="reassign-error">
          {error}
        </p>
      )}
    </div>
  );
}
