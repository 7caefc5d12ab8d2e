"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_EXPORT_ROWS } from "@/lib/orders/list-orders.schema";

/**
 * Downloads /api/exports/orders with the list's filters. Fetching (instead of a plain link)
 * lets a refusal — too many rows, rate limit — be shown as a translated message.
 */
export function ExportOrdersButton({ query }: { query: Record<string, string | undefined> }) {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
      const res = await fetch(`/api/exports/orders?${qs.toString()}`, { cache: "no-store" });
      if (!res.ok) {
        const code = (await res.text()).trim();
        const params = { seconds: Number(res.headers.get("retry-after") ?? 60), max: MAX_EXPORT_ROWS };
        setError(t.has(`errors.${code}`) ? t(`errors.${code}`, params) : t("errors.unexpected"));
        return;
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "orders.csv";
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(t("errors.unexpected"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" className="btn-secondary" onClick={onClick} disabled={busy} data-testid="export-orders">
        {busy ? t("orders.exporting") : t("orders.export")}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700" data-testid="export-error">
          {error}
        </span>
      )}
    </span>
  );
}
