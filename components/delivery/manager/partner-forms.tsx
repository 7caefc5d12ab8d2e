"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import {
  saveCompanyAction,
  saveCourierAction,
  setCompanyArchivedAction,
  setCourierActiveAction,
} from "@/lib/delivery/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import type { ActionResult } from "@/lib/actions/action";

type Fields = Record<string, string>;

function useSubmit() {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  function submit<T>(fn: () => Promise<ActionResult<T>>, success: string, after?: () => void) {
    setFields({});
    setMessage(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) {
        setFields(res.fields ?? {});
        setMessage({ kind: "error", text: applyActionError(res, t) });
        return;
      }
      setMessage({ kind: "success", text: success });
      after?.();
      router.refresh();
    });
  }
  return { busy, fields, message, submit };
}

function Text({
  id,
  label,
  value,
  onChange,
  error,
  required,
  dir,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  required?: boolean;
  dir?: "ltr";
  testId: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required ? " *" : ""}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        dir={dir}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        data-testid={testId}
      />
      <FieldError message={error} />
    </div>
  );
}

export type CompanyValues = {
  id?: string;
  code: string;
  name: string;
  nameAr: string;
  contactName: string;
  phone: string;
  email: string;
};
const EMPTY_COMPANY: CompanyValues = { code: "", name: "", nameAr: "", contactName: "", phone: "", email: "" };

/** Creates a delivery company, or edits one (`initial` with its id). */
export function CompanyForm({ initial }: { initial?: CompanyValues }) {
  const t = useTranslations("delivery.partners");
  const [v, setV] = useState<CompanyValues>(initial ?? EMPTY_COMPANY);
  const { busy, fields, message, submit } = useSubmit();
  const key = initial?.id ?? "new";
  const set = (k: keyof CompanyValues) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  return (
    <div className="space-y-3" data-testid="company-form">
      {message && (
        <Alert kind={message.kind} testId="company-message">
          {message.text}
        </Alert>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <Text
          id={`co-code-${key}`}
          label={t("code")}
          value={v.code}
          onChange={set("code")}
          error={fields.code}
          required
          dir="ltr"
          testId="company-code"
        />
        <Text
          id={`co-name-${key}`}
          label={t("name")}
          value={v.name}
          onChange={set("name")}
          error={fields.name}
          required
          testId="company-name"
        />
        <Text
          id={`co-name-ar-${key}`}
          label={t("nameAr")}
          value={v.nameAr}
          onChange={set("nameAr")}
          error={fields.nameAr}
          testId="company-name-ar"
        />
        <Text
          id={`co-contact-${key}`}
          label={t("contact")}
          value={v.contactName}
          onChange={set("contactName")}
          error={fields.contactName}
          testId="company-contact"
        />
        <Text
          id={`co-phone-${key}`}
          label={t("phone")}
          value={v.phone}
          onChange={set("phone")}
          error={fields.phone}
          dir="ltr"
          testId="company-phone"
        />
        <Text
          id={`co-email-${key}`}
          label={t("email")}
          value={v.email}
          onChange={set("email")}
          error={fields.email}
          dir="ltr"
          testId="company-email"
        />
      </div>
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="company-save"
        onClick={() => submit(() => saveCompanyAction(v), t("saved"), initial ? undefined : () => setV(EMPTY_COMPANY))}
      >
        {initial ? t("save") : t("addCompany")}
      </button>
    </div>
  );
}

export type CourierValues = {
  id?: string;
  kind: "staff" | "driver";
  userId: string;
  companyId: string;
  name: string;
  phone: string;
  vehicle: string;
};
const EMPTY_COURIER: CourierValues = { kind: "staff", userId: "", companyId: "", name: "", phone: "", vehicle: "" };

/** Creates a courier (own staff with a login, or a company driver), or edits one. */
export function CourierForm({
  initial,
  users,
  companies,
}: {
  initial?: CourierValues;
  users: Array<{ id: string; name: string; email: string }>;
  companies: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("delivery.partners");
  const [v, setV] = useState<CourierValues>(initial ?? EMPTY_COURIER);
  const { busy, fields, message, submit } = useSubmit();
  const key = initial?.id ?? "new";
  const set = (k: keyof CourierValues) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  return (
    <div className="space-y-3" data-testid="courier-form">
      {message && (
        <Alert kind={message.kind} testId="courier-message">
          {message.text}
        </Alert>
      )}
      {!initial && (
        <fieldset className="flex flex-wrap gap-4 text-sm" aria-label={t("kind")}>
          {(["staff", "driver"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input
                type="radio"
                name={`courier-kind-${key}`}
                checked={v.kind === k}
                onChange={() => set("kind")(k)}
                data-testid={`courier-kind-${k}`}
              />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        {!initial && v.kind === "staff" && (
          <div>
            <label htmlFor={`cu-user-${key}`} className="label">
              {t("user")} *
            </label>
            <select
              id={`cu-user-${key}`}
              className="input"
              value={v.userId}
              aria-invalid={!!fields.userId}
              data-testid="courier-user"
              onChange={(e) => {
                const u = users.find((x) => x.id === e.target.value);
                setV((s) => ({ ...s, userId: e.target.value, name: s.name || u?.name || "" }));
              }}
            >
              <option value="">{t("chooseUser")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
            <FieldError message={fields.userId} />
          </div>
        )}
        <div>
          <label htmlFor={`cu-company-${key}`} className="label">
            {t("company")}
            {v.kind === "driver" ? " *" : ""}
          </label>
          <select
            id={`cu-company-${key}`}
            className="input"
            value={v.companyId}
            onChange={(e) => set("companyId")(e.target.value)}
            aria-invalid={!!fields.companyId}
            data-testid="courier-company"
          >
            <option value="">{t("inHouse")}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError message={fields.companyId} />
        </div>
        <Text
          id={`cu-name-${key}`}
          label={t("name")}
          value={v.name}
          onChange={set("name")}
          error={fields.name}
          required
          testId="courier-name"
        />
        <Text
          id={`cu-phone-${key}`}
          label={t("phone")}
          value={v.phone}
          onChange={set("phone")}
          error={fields.phone}
          dir="ltr"
          testId="courier-phone"
        />
        <Text
          id={`cu-vehicle-${key}`}
          label={t("vehicle")}
          value={v.vehicle}
          onChange={set("vehicle")}
          error={fields.vehicle}
          testId="courier-vehicle"
        />
      </div>
      <button
        type="button"
        className="btn-primary"
        disabled={busy}
        data-testid="courier-save"
        onClick={() => submit(() => saveCourierAction(v), t("saved"), initial ? undefined : () => setV(EMPTY_COURIER))}
      >
        {initial ? t("save") : t("addCourier")}
      </button>
    </div>
  );
}

/** Archive / restore a company, or deactivate / activate a courier. */
export function ToggleButton({ kind, id, active }: { kind: "company" | "courier"; id: string; active: boolean }) {
  const t = useTranslations("delivery.partners");
  const { busy, message, submit } = useSubmit();
  const label = kind === "company" ? (active ? t("archive") : t("restore")) : active ? t("deactivate") : t("activate");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={active ? "btn-danger" : "btn-secondary"}
        disabled={busy}
        data-testid={`${kind}-toggle`}
        onClick={() =>
          submit(
            () => (kind === "company" ? setCompanyArchivedAction : setCourierActiveAction)({ id, active: !active }),
            t("saved"),
          )
        }
      >
        {label}
      </button>
      {message?.kind === "error" && (
        <span className="field-error" role="alert">
          {message.text}
        </span>
      )}
    </span>
  );
}
