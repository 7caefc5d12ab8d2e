import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ListQuery } from "./list-href";

const COLUMNS = {
  2: "md:grid-cols-2",
  3: "md:grid-cols-3",
  4: "md:grid-cols-4",
  6: "md:grid-cols-3 xl:grid-cols-6",
} as const;

/**
 * A list's filters: a GET form (the URL is the state, so a filtered list can be shared and
 * reloaded), every filter with a visible label, Apply and Reset. The page parses the values
 * with the list's zod schema (`lib/**\/*.schema.ts`), never with casts.
 */
export function FilterBar({
  children,
  resetHref,
  keep = {},
  columns = 4,
  testId,
  applyLabel,
  applyTestId,
  resetTestId,
}: {
  children: React.ReactNode;
  /** The list without filters (its path); Reset links there. */
  resetHref: string;
  /** Values the form does not show but must keep (current sort, a tab), as hidden inputs. */
  keep?: ListQuery;
  columns?: keyof typeof COLUMNS;
  testId?: string;
  applyLabel?: string;
  applyTestId?: string;
  resetTestId?: string;
}) {
  const t = useTranslations("list");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("filters")}
      className={`card grid items-end gap-3 ${COLUMNS[columns]}`}
      data-testid={testId}
    >
      {Object.entries(keep).map(([k, v]) =>
        v === undefined || v === null || v === "" || v === false ? null : (
          <input key={k} type="hidden" name={k} value={String(v)} />
        ),
      )}
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-secondary" data-testid={applyTestId}>
          {applyLabel ?? t("apply")}
        </button>
        <Link href={resetHref} className="btn-secondary" data-testid={resetTestId}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

type FieldProps = { name: string; label: string; testId?: string; className?: string };
const fieldId = (name: string) => `filter-${name}`;

/** A text filter (search box). */
export function FilterText({
  name,
  label,
  defaultValue,
  placeholder,
  ltr,
  testId,
  className = "",
}: FieldProps & { defaultValue?: string; placeholder?: string; ltr?: boolean }) {
  return (
    <div className={className}>
      <label htmlFor={fieldId(name)} className="label">
        {label}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type="search"
        defaultValue={defaultValue ?? ""}
        placeholder={placeholder}
        dir={ltr ? "ltr" : undefined}
        className="input"
        data-testid={testId}
      />
    </div>
  );
}

/** A choice filter; the first option (`allLabel`, value "") means no filter. */
export function FilterSelect({
  name,
  label,
  defaultValue,
  options,
  allLabel,
  testId,
  className = "",
}: FieldProps & {
  defaultValue?: string | number;
  options: readonly { value: string | number; label: string }[];
  allLabel?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={fieldId(name)} className="label">
        {label}
      </label>
      <select id={fieldId(name)} name={name} defaultValue={defaultValue ?? ""} className="input" data-testid={testId}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A date filter (a UAE day, `YYYY-MM-DD`). */
export function FilterDate({
  name,
  label,
  defaultValue,
  testId,
  className = "",
}: FieldProps & { defaultValue?: string }) {
  return (
    <div className={className}>
      <label htmlFor={fieldId(name)} className="label">
        {label}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type="date"
        defaultValue={defaultValue ?? ""}
        dir="ltr"
        className="input"
        data-testid={testId}
      />
    </div>
  );
}

/** A yes/no filter: checked sends `name=1`. */
export function FilterCheckbox({
  name,
  label,
  defaultChecked,
  testId,
  className = "",
}: FieldProps & { defaultChecked?: boolean }) {
  return (
    <label className={`flex min-h-10 items-center gap-2 text-sm text-slate-700 ${className}`}>
      <input type="checkbox" name={name} value="1" defaultChecked={defaultChecked} data-testid={testId} />
      {label}
    </label>
  );
}
