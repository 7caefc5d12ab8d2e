"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { scanItemAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { useRouter } from "@/lib/i18n/navigation";

export type ScanLine = {
  id: string;
  sku: string;
  barcode: string;
  name: string;
  quantity: number;
  scanned: number;
  bins: string[];
};
type Feedback = { kind: "ok" | "error"; text: string; seq: number };

/** A short tone through Web Audio: high and brief for a good scan, low and long for a refusal. */
function useBeep() {
  const ctx = useRef<AudioContext | null>(null);
  return (ok: boolean) => {
    try {
      const Ctor =
        window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
      if (!Ctor) return;
      ctx.current ??= new Ctor();
      const ac = ctx.current;
      const osc = ac.createOscillator();
      const gain = ac.createGain();
      osc.type = ok ? "sine" : "square";
      osc.frequency.value = ok ? 1320 : 196;
      gain.gain.value = ok ? 0.12 : 0.2;
      osc.connect(gain).connect(ac.destination);
      osc.start();
      osc.stop(ac.currentTime + (ok ? 0.12 : 0.45));
    } catch {
      // No audio device: the visual cue still shows.
    }
  };
}

/**
 * Scan-to-verify with a keyboard-wedge scanner: the input is focused on load and after every
 * scan; the scanner types the code and Enter. The server checks each unit (a wrong item or an
 * over-scan is refused and nothing is recorded); the screen flashes, beeps and shows progress.
 */
export function ScanStation({
  orderId,
  version,
  lines,
  enabled,
}: {
  orderId: string;
  version: number;
  lines: ScanLine[];
  enabled: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const beep = useBeep();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  // Scans are checked one after another in the order they were made; a fast scanner never
  // loses one while the previous answer (or a page refresh) is still on its way.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const [counts, setCounts] = useState<Record<string, number>>(() =>
    Object.fromEntries(lines.map((l) => [l.id, l.scanned])),
  );
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [lastLine, setLastLine] = useState<string | null>(null);

  // The server's numbers win whenever the page is re-rendered.
  useEffect(() => setCounts(Object.fromEntries(lines.map((l) => [l.id, l.scanned]))), [lines]);
  useEffect(() => {
    if (enabled) input.current?.focus();
  }, [enabled]);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const scanned = code.trim();
    setCode("");
    input.current?.focus();
    if (!scanned) return;
    setPending((n) => n + 1);
    chain.current = chain.current
      .then(() => check(scanned))
      .catch(() => undefined)
      .finally(() => setPending((n) => n - 1));
  }

  async function check(scanned: string) {
    const res = await scanItemAction({ orderId, version, code: scanned });
    const seq = Date.now();
    if (!res.ok) {
      beep(false);
      setFeedback({
        kind: "error",
        text: res.fields?.code ? t(`validation.${res.fields.code}`) : applyActionError(res, t),
        seq,
      });
      if (res.error === "order_changed") router.refresh();
    } else if (!res.data.ok) {
      beep(false);
      setCounts(Object.fromEntries(res.data.lines.map((l) => [l.lineId, l.scanned])));
      setFeedback({ kind: "error", text: t(`packaging.scan.refused.${res.data.reason}`, { code: scanned }), seq });
      setLastLine(null);
    } else {
      beep(true);
      setCounts(Object.fromEntries(res.data.lines.map((l) => [l.lineId, l.scanned])));
      setLastLine(res.data.lineId);
      setFeedback({
        kind: "ok",
        text: res.data.allScanned
          ? `${t("packaging.scan.ok", { sku: res.data.sku })} ${t("packaging.scan.allScanned")}`
          : t("packaging.scan.ok", { sku: res.data.sku }),
        seq,
      });
      if (res.data.allScanned) router.refresh();
    }
    input.current?.focus();
  }

  const done = lines.every((l) => (counts[l.id] ?? 0) >= l.quantity);
  const flash =
    feedback?.kind === "error"
      ? "border-red-500 bg-red-50 ring-4 ring-red-300"
      : feedback?.kind === "ok"
        ? "border-emerald-500 bg-emerald-50"
        : "border-slate-200 bg-white";

  return (
    <section
      className={`space-y-4 rounded-lg border-2 p-4 transition-colors ${flash}`}
      data-testid="scan-station"
      data-feedback={feedback?.kind ?? "none"}
      data-done={done ? "1" : "0"}
      aria-busy={pending > 0}
    >
      <h2 className="font-semibold">{t("packaging.scan.title")}</h2>
      {enabled && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <label className="grow text-sm">
            <span className="label">{t("packaging.scan.label")}</span>
            <input
              ref={input}
              className="input w-full font-mono text-lg"
              dir="ltr"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t("packaging.scan.placeholder")}
              data-testid="scan-input"
            />
          </label>
          <button type="submit" className="btn-secondary" data-testid="scan-submit">
            {t("packaging.scan.submit")}
          </button>
        </form>
      )}
      {feedback && (
        <p
          key={feedback.seq}
          role={feedback.kind === "error" ? "alert" : "status"}
          data-testid={feedback.kind === "error" ? "scan-refused" : "scan-ok"}
          className={`rounded-md p-3 text-sm font-medium ${feedback.kind === "error" ? "bg-red-600 text-white" : "bg-emerald-600 text-white"}`}
        >
          {feedback.text}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t("packaging.scan.sku")}</th>
            <th>{t("packaging.scan.product")}</th>
            <th>{t("packaging.scan.bin")}</th>
            <th>{t("packaging.scan.scanned")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const n = counts[l.id] ?? 0;
            const full = n >= l.quantity;
            return (
              <tr
                key={l.id}
                data-testid="scan-line"
                data-sku={l.sku}
                data-complete={full ? "1" : "0"}
                className={lastLine === l.id ? "bg-emerald-50" : undefined}
              >
                <td dir="ltr" className="font-mono text-xs">
                  {l.sku}
                  {l.barcode !== l.sku && <span className="block text-slate-500">{l.barcode}</span>}
                </td>
                <td>{l.name}</td>
                <td dir="ltr" className="font-mono text-xs">
                  {l.bins.join(", ") || "—"}
                </td>
                <td>
                  <span
                    className={`tabular-nums font-semibold ${full ? "text-emerald-700" : "text-slate-900"}`}
                    dir="ltr"
                    data-testid="line-progress"
                  >
                    {n} / {l.quantity}
                  </span>
                  <span className="ms-2 inline-block h-2 w-24 overflow-hidden rounded bg-slate-200 align-middle">
                    <span
                      className={`block h-full ${full ? "bg-emerald-500" : "bg-brand-600"}`}
                      style={{ width: `${Math.min(100, (n / l.quantity) * 100)}%` }}
                    />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
