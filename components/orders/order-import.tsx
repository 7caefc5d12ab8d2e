"use client";
import { useState } from "react";
import Papa from "papaparse";
import { useTranslations } from "next-intl";
import {
  finishOrderImportAction,
  importOrderChunkAction,
  startOrderImportAction,
  validateOrderImportAction,
} from "@/lib/orders/actions";
import { MAX_ORDER_LINES } from "@/lib/orders/create-order.schema";
import { csvDocument } from "@/lib/csv/csv";
import {
  checkHeaders,
  chunkGroups,
  groupImportRows,
  importTemplateRows,
  MAX_IMPORT_ROWS,
  oversizedGroups,
  rowsFromRecords,
  type ImportRow,
  type ImportRowError,
} from "@/lib/orders/import-rows";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

type Parsed = { fileName: string; rows: ImportRow[]; chunks: ImportRow[][]; orders: number };
type Report = { imported: number; orders: number; errors: ImportRowError[] };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OrderImport() {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [preview, setPreview] = useState<{ orders: number; errors: ImportRowError[] } | null>(null);
  const [progress, setProgress] = useState<{ label: "validating" | "importing"; done: number; total: number } | null>(
    null,
  );
  const [report, setReport] = useState<Report | null>(null);

  const reset = () => {
    setError(null);
    setParsed(null);
    setPreview(null);
    setProgress(null);
    setReport(null);
  };
  const reason = (e: ImportRowError) => t(`orderImport.reasons.${e.reason}`);

  const validate = async (p: Parsed) => {
    const errors: ImportRowError[] = [];
    let orders = 0;
    let done = 0;
    setProgress({ label: "validating", done, total: p.rows.length });
    for (const chunk of p.chunks) {
      const res = await validateOrderImportAction({ rows: chunk });
      if (!res.ok) {
        setProgress(null);
        return setError(applyActionError(res, t));
      }
      errors.push(...res.data.errors);
      orders += res.data.orders;
      done += chunk.length;
      setProgress({ label: "validating", done, total: p.rows.length });
    }
    setProgress(null);
    setPreview({ orders, errors: errors.sort((a, b) => a.line - b.line) });
  };

  const onFile = (file: File | undefined) => {
    reset();
    if (!file) return;
    Papa.parse<string[]>(file, {
      skipEmptyLines: "greedy",
      complete: (result) => {
        const records = result.data;
        if (!records.length) return setError(t("orderImport.empty"));
        const headers = checkHeaders(records[0]);
        if (!headers.ok) return setError(t("orderImport.missingColumns", { columns: headers.missing.join(", ") }));
        const rows = rowsFromRecords(records, headers.columns);
        if (!rows.length) return setError(t("orderImport.empty"));
        if (rows.length > MAX_IMPORT_ROWS)
          return setError(t("orderImport.tooMany", { count: rows.length, max: MAX_IMPORT_ROWS }));
        const groups = groupImportRows(rows);
        const big = oversizedGroups(groups);
        if (big.length) return setError(t("orderImport.oversized", { refs: big.join(", "), max: MAX_ORDER_LINES }));
        const p = { fileName: file.name.slice(0, 200), rows, chunks: chunkGroups(groups), orders: groups.length };
        setParsed(p);
        void validate(p);
      },
      error: () => setError(t("orderImport.unreadable")),
    });
  };

  const runImport = async () => {
    if (!parsed) return;
    setError(null);
    const started = await startOrderImportAction({ fileName: parsed.fileName, totalRows: parsed.rows.length });
    if (!started.ok) return setError(applyActionError(started, t));
    const { batchId } = started.data;
    let done = 0;
    let orders = 0;
    setProgress({ label: "importing", done, total: parsed.rows.length });
    for (const chunk of parsed.chunks) {
      const res = await importOrderChunkAction({ batchId, rows: chunk });
      if (!res.ok) {
        setError(applyActionError(res, t));
        break;
      }
      orders += res.data.created.length;
      done += chunk.length;
      setProgress({ label: "importing", done, total: parsed.rows.length });
    }
    const finished = await finishOrderImportAction({ batchId });
    setProgress(null);
    if (!finished.ok) return setError(applyActionError(finished, t));
    setReport({ imported: finished.data.importedRows, orders, errors: finished.data.errors });
  };

  const rowByLine = new Map(parsed?.rows.map((r) => [r.line, r]) ?? []);
  const errorTable = (errors: ImportRowError[], testId: string) => (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t("orderImport.line")}</th>
            <th>{t("orderImport.column")}</th>
            <th>{t("orderImport.reason")}</th>
            <th>{t("orderImport.customer")}</th>
            <th>{t("orderImport.sku")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${e.field ?? ""}-${i}`} data-testid="import-error-row" data-line={e.line}>
              <td className="tabular-nums" data-testid="import-error-line">
                {e.line}
              </td>
              <td dir="ltr" className="text-start">
                {e.field ?? ""}
              </td>
              <td>{reason(e)}</td>
              <td>{rowByLine.get(e.line)?.customer_name ?? ""}</td>
              <td dir="ltr" className="text-start">
                {rowByLine.get(e.line)?.sku ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-6">
      <section className="card space-y-3">
        <h2 className="font-semibold">{t("orderImport.templates")}</h2>
        <p className="text-sm text-slate-600" data-testid="import-help">
          {t("orderImport.templateHelp", { max: MAX_IMPORT_ROWS })}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-secondary"
            data-testid="template-en"
            onClick={() => download("atlas-orders-template-en.csv", csvDocument(importTemplateRows("en")))}
          >
            {t("orderImport.templateEn")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            data-testid="template-ar"
            onClick={() => download("atlas-orders-template-ar.csv", csvDocument(importTemplateRows("ar")))}
          >
            {t("orderImport.templateAr")}
          </button>
        </div>
      </section>

      {!report && (
        <section className="card space-y-3">
          <label htmlFor="csv-file" className="label">
            {t("orderImport.file")}
          </label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="input"
            data-testid="import-file"
            onChange={(e) => onFile(e.target.files?.[0])}
            disabled={progress?.label === "importing"}
          />
        </section>
      )}

      {error && <Alert testId="import-error">{error}</Alert>}

      {progress && (
        <div className="space-y-1" data-testid="import-progress">
          <p className="text-sm">
            {t(`orderImport.${progress.label}`, { done: progress.done, total: progress.total })}
          </p>
          <div
            className="h-2 w-full overflow-hidden rounded bg-slate-200"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
          >
            <div
              className="h-full bg-brand-600 transition-all"
              style={{ width: `${progress.total ? Math.round((progress.done / progress.total) * 100) : 0}%` }}
            />
          </div>
        </div>
      )}

      {parsed && preview && !report && (
        <section className="space-y-3" data-testid="import-preview">
          <h2 className="font-semibold">{t("orderImport.preview")}</h2>
          <p className="text-sm" data-testid="import-summary">
            {t("orderImport.summary", { rows: parsed.rows.length, orders: parsed.orders })}
          </p>
          {preview.errors.length ? (
            errorTable(preview.errors, "preview-errors")
          ) : (
            <Alert kind="success">{t("orderImport.allGood")}</Alert>
          )}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="table" data-testid="preview-rows">
              <thead>
                <tr>
                  <th>{t("orderImport.line")}</th>
                  <th>{t("orderImport.customer")}</th>
                  <th>{t("orderImport.sku")}</th>
                  <th>{t("orderImport.quantity")}</th>
                </tr>
              </thead>
              <tbody>
                {parsed.rows.slice(0, 20).map((r) => (
                  <tr key={r.line}>
                    <td className="tabular-nums">{r.line}</td>
                    <td>{r.customer_name}</td>
                    <td dir="ltr" className="text-start">
                      {r.sku}
                    </td>
                    <td className="tabular-nums">{r.quantity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="btn-primary"
            onClick={runImport}
            disabled={!!progress || preview.orders === 0}
            data-testid="import-submit"
          >
            {t("orderImport.importButton", { orders: preview.orders })}
          </button>
        </section>
      )}

      {report && (
        <section className="card space-y-3" data-testid="import-report">
          <h2 className="font-semibold">{t("orderImport.report")}</h2>
          <Alert kind="success" testId="import-imported">
            {t("orderImport.imported", { count: report.imported, orders: report.orders })}
          </Alert>
          {report.errors.length ? (
            <>
              <p className="text-sm font-medium">
                {t("orderImport.failed", { count: new Set(report.errors.map((e) => e.line)).size })}
              </p>
              {errorTable(report.errors, "report-errors")}
            </>
          ) : (
            <p className="text-sm">{t("orderImport.noneFailed")}</p>
          )}
          <div className="flex gap-2">
            <Link href="/seller/orders" className="btn-primary" data-testid="import-view-orders">
              {t("orderImport.viewOrders")}
            </Link>
            <button type="button" className="btn-secondary" onClick={reset}>
              {t("orderImport.again")}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
