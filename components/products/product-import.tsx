"use client";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { importProductsAction, previewProductImportAction } from "@/lib/products/actions";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";
import { formatFils } from "@/lib/money/parse-aed";
import { Link } from "@/lib/i18n/navigation";

type RowError = { line: number; field?: string; reason: string };
type Preview = {
  totalRows: number;
  validRows: number;
  errors: RowError[];
  sample: Array<{ line: number; nameEn: string; nameAr: string; sellingPriceFils: number; weightGrams: number }>;
};
type Result = { totalRows: number; importedRows: number; failedRows: number; errors: RowError[]; skus: string[] };

function ErrorTable({ errors }: { errors: RowError[] }) {
  const t = useTranslations();
  const reason = (r: string) =>
    t.has(`validation.${r}`)
      ? t(`validation.${r}`)
      : t.has(`productImport.reasons.${r}`)
        ? t(`productImport.reasons.${r}`)
        : t("validation.invalid");
  const field = (f?: string) => (f && t.has(`productImport.columns.${f}`) ? t(`productImport.columns.${f}`) : "—");
  return (
    <table className="table" data-testid="import-errors">
      <thead>
        <tr>
          <th>{t("productImport.line")}</th>
          <th>{t("productImport.column")}</th>
          <th>{t("productImport.reason")}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={`${e.line}-${i}`} data-testid="import-error-row" data-line={e.line}>
            <td className="tabular-nums">{e.line}</td>
            <td>{field(e.field)}</td>
            <td>{reason(e.reason)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProductImport() {
  const t = useTranslations();
  const locale = useLocale();
  const [busy, start] = useTransition();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  function fail(res: {
    ok: false;
    error: string;
    fields?: Record<string, string>;
    params?: Record<string, string | number>;
  }) {
    const csv = res.fields?.csv;
    setError(
      csv && t.has(`productImport.reasons.${csv}`)
        ? t(`productImport.reasons.${csv}`, { missing: String(res.params?.missing ?? "") })
        : applyActionError(res, t),
    );
  }

  async function choose(f: File | undefined) {
    setPreview(null);
    setResult(null);
    setError(null);
    if (!f) return setFile(null);
    const next = { name: f.name, csv: await f.text() };
    setFile(next);
    start(async () => {
      const res = await previewProductImportAction({ fileName: next.name, csv: next.csv });
      if (!res.ok) return fail(res);
      setPreview(res.data);
    });
  }

  function runImport() {
    if (!file) return;
    setError(null);
    start(async () => {
      const res = await importProductsAction({ fileName: file.name, csv: file.csv });
      if (!res.ok) return fail(res);
      setResult(res.data);
      setPreview(null);
    });
  }

  return (
    <div className="space-y-4">
      <section className="card space-y-3">
        <p className="text-sm text-slate-600">{t("productImport.intro", { max: 2000 })}</p>
        <p className="flex flex-wrap gap-3 text-sm">
          <a
            className="text-brand-700 hover:underline"
            href="/api/templates/products/en"
            download
            data-testid="template-en"
          >
            {t("productImport.templateEn")}
          </a>
          <a
            className="text-brand-700 hover:underline"
            href="/api/templates/products/ar"
            download
            data-testid="template-ar"
          >
            {t("productImport.templateAr")}
          </a>
        </p>
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={t("productImport.chooseFile")}
          data-testid="csv-input"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {busy && <p className="text-sm text-slate-500">{t("common.working")}</p>}
        {error && <Alert testId="import-error">{error}</Alert>}
      </section>

      {preview && (
        <section className="card space-y-3" data-testid="import-preview">
          <p className="text-sm" data-testid="preview-summary">
            {t("productImport.previewSummary", {
              total: preview.totalRows,
              valid: preview.validRows,
              invalid: preview.errors.length,
            })}
          </p>
          {preview.errors.length > 0 && <ErrorTable errors={preview.errors} />}
          {preview.sample.length > 0 && (
            <table className="table">
              <thead>
                <tr>
                  <th>{t("productImport.line")}</th>
                  <th>{t("products.nameEn")}</th>
                  <th>{t("products.nameAr")}</th>
                  <th>{t("products.sellingPrice")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((r) => (
                  <tr key={r.line}>
                    <td className="tabular-nums">{r.line}</td>
                    <td dir="ltr" className="text-start">
                      {r.nameEn}
                    </td>
                    <td dir="rtl" className="text-start">
                      {r.nameAr}
                    </td>
                    <td className="tabular-nums">{formatFils(r.sellingPriceFils, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            className="btn-primary"
            disabled={busy || preview.validRows === 0}
            onClick={runImport}
            data-testid="run-import"
          >
            {t("productImport.importValid", { count: preview.validRows })}
          </button>
        </section>
      )}

      {result && (
        <section className="card space-y-3" data-testid="import-result">
          <Alert kind={result.failedRows ? "info" : "success"} testId="import-summary">
            {t("productImport.resultSummary", { imported: result.importedRows, failed: result.failedRows })}
          </Alert>
          {result.errors.length > 0 && <ErrorTable errors={result.errors} />}
          <Link href="/seller/products?status=pending" className="btn-secondary">
            {t("productImport.seeProducts")}
          </Link>
        </section>
      )}
    </div>
  );
}
