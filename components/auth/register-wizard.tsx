"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { registerSellerAction } from "@/lib/sellers/actions";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import {
  documentIssue,
  REGISTER_DOCUMENTS,
  REGISTER_STEPS,
  ZRegisterSellerInput,
  type RegisterDocument,
  type RegisterSellerInput,
} from "@/lib/sellers/register-seller.schema";

const STEPS = ["account", "business", "documents", "review"] as const;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp";

type Files = Record<RegisterDocument, File | null>;

/**
 * Four steps in one form: values live in react-hook-form (and the chosen files in state), so
 * going back shows everything as entered. Only the last step talks to the server.
 */
export function RegisterWizard() {
  const t = useTranslations();
  const locale = useLocale() as "en" | "ar";
  const [step, setStep] = useState(0);
  const [files, setFiles] = useState<Files>({ tradeLicence: null, idDocument: null });
  const [fileErrors, setFileErrors] = useState<Partial<Record<RegisterDocument, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, formState, trigger, getValues, setError } = useForm<RegisterSellerInput>({
    resolver: zodResolver(ZRegisterSellerInput),
    defaultValues: {
      name: "",
      email: "",
      password: "",
      confirmPassword: "",
      companyName: "",
      storeName: "",
      storeLink: "",
      phone: "",
      emirate: "" as never,
      locale,
    },
  });
  const errors = formState.errors;

  function checkFiles(): boolean {
    const issues: Partial<Record<RegisterDocument, string>> = {};
    for (const name of REGISTER_DOCUMENTS) {
      const issue = documentIssue(files[name]);
      if (issue) issues[name] = issue;
    }
    setFileErrors(issues);
    return Object.keys(issues).length === 0;
  }

  async function next() {
    setFormError(null);
    const ok =
      step === 0
        ? await trigger([...REGISTER_STEPS.account])
        : step === 1
          ? await trigger([...REGISTER_STEPS.business])
          : step === 2
            ? checkFiles()
            : true;
    if (ok) setStep((s) => Math.min(s + 1, STEPS.length - 1));
  }

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      if (!checkFiles()) return setStep(2);
      const form = new FormData();
      for (const [k, v] of Object.entries({ ...values, locale })) form.set(k, String(v ?? ""));
      for (const name of REGISTER_DOCUMENTS) form.set(name, files[name] as File);
      const res = await registerSellerAction(form);
      if (!res.ok) {
        setFormError(applyActionError(res, t, setError));
        const fields = Object.keys(res.fields ?? {});
        const docIssues = Object.fromEntries(
          fields.filter((f) => (REGISTER_DOCUMENTS as readonly string[]).includes(f)).map((f) => [f, res.fields![f]]),
        );
        setFileErrors(docIssues);
        const back = fields.some((f) => (REGISTER_STEPS.account as readonly string[]).includes(f))
          ? 0
          : fields.some((f) => (REGISTER_STEPS.business as readonly string[]).includes(f))
            ? 1
            : Object.keys(docIssues).length
              ? 2
              : 3;
        setStep(back);
        return;
      }
      setDone(res.data.email);
    },
    (errs) => setStep(Object.keys(errs).some((f) => (REGISTER_STEPS.account as readonly string[]).includes(f)) ? 0 : 1),
  );

  if (done) {
    return (
      <div className="space-y-4" data-testid="register-done">
        <Alert kind="success">{t("register.doneTitle")}</Alert>
        <p className="text-sm text-slate-700">
          {t.rich("register.doneText", {
            email: () => (
              <span dir="ltr" className="font-medium">
                {done}
              </span>
            ),
          })}
        </p>
        <Link href="/login" className="btn-secondary">
          {t("register.toLogin")}
        </Link>
      </div>
    );
  }

  const text = (
    name: keyof RegisterSellerInput,
    opts: { type?: string; ltr?: boolean; autoComplete?: string } = {},
  ) => (
    <div>
      <label htmlFor={name} className="label">
        {t(`register.fields.${name}`)}
      </label>
      <input
        id={name}
        type={opts.type ?? "text"}
        dir={opts.ltr ? "ltr" : undefined}
        autoComplete={opts.autoComplete}
        className="input"
        aria-invalid={!!errors[name]}
        {...register(name)}
      />
      <FieldError message={errors[name]?.message} />
    </div>
  );

  const review: Array<[string, string]> = (() => {
    const v = getValues();
    return [
      ["name", v.name],
      ["email", v.email],
      ["companyName", v.companyName],
      ["storeName", v.storeName],
      ["storeLink", v.storeLink || "—"],
      ["phone", v.phone],
      ["emirate", v.emirate ? t(`register.emirates.${v.emirate}`) : "—"],
      ["tradeLicence", files.tradeLicence?.name ?? "—"],
      ["idDocument", files.idDocument?.name ?? "—"],
    ];
  })();

  return (
    <form
      onSubmit={(e) => (step < STEPS.length - 1 ? (e.preventDefault(), void next()) : onSubmit(e))}
      noValidate
      className="space-y-5"
      data-testid="register-wizard"
    >
      <ol className="flex flex-wrap gap-2 text-xs" aria-label={t("register.stepsLabel")}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === step ? "step" : undefined}
            className={`rounded-full px-3 py-1 ${i === step ? "bg-brand-600 text-white" : i < step ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-600"}`}
          >
            {i + 1}. {t(`register.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 className="text-lg font-semibold" data-testid="register-step">
        {t(`register.steps.${STEPS[step]}`)}
      </h2>
      {formError && <Alert testId="register-error">{formError}</Alert>}

      {step === 0 && (
        <div className="space-y-4">
          {text("name", { autoComplete: "name" })}
          {text("email", { type: "email", ltr: true, autoComplete: "email" })}
          {text("password", { type: "password", ltr: true, autoComplete: "new-password" })}
          <p className="text-xs text-slate-500">{t("register.passwordHint")}</p>
          {text("confirmPassword", { type: "password", ltr: true, autoComplete: "new-password" })}
        </div>
      )}

      {step === 1 && (
        <div className="space-y-4">
          {text("companyName", { autoComplete: "organization" })}
          {text("storeName")}
          {text("storeLink", { type: "url", ltr: true })}
          {text("phone", { type: "tel", ltr: true, autoComplete: "tel" })}
          <div>
            <label htmlFor="emirate" className="label">
              {t("register.fields.emirate")}
            </label>
            <select id="emirate" className="input" aria-invalid={!!errors.emirate} {...register("emirate")}>
              <option value="">{t("register.chooseEmirate")}</option>
              {EMIRATES.map((e) => (
                <option key={e} value={e}>
                  {t(`register.emirates.${e}`)}
                </option>
              ))}
            </select>
            <FieldError message={errors.emirate?.message} />
          </div>
        </div>
      )}

      {step === 2 && (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{t("register.documentsHint")}</p>
          {REGISTER_DOCUMENTS.map((name) => (
            <div key={name}>
              <label htmlFor={name} className="label">
                {t(`register.fields.${name}`)}
              </label>
              <input
                id={name}
                type="file"
                accept={ACCEPT}
                className="input"
                data-testid={`file-${name}`}
                onChange={(e) => {
                  const file = e.target.files?.[0] ?? null;
                  setFiles((f) => ({ ...f, [name]: file }));
                  setFileErrors((fe) => ({ ...fe, [name]: file ? (documentIssue(file) ?? undefined) : undefined }));
                }}
              />
              {files[name] && (
                <p className="mt-1 text-xs text-slate-600" data-testid={`chosen-${name}`}>
                  {t("register.chosen")} <span dir="ltr">{files[name]!.name}</span>
                </p>
              )}
              <FieldError message={fileErrors[name]} />
            </div>
          ))}
        </div>
      )}

      {step === 3 && (
        <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="register-review">
          {review.map(([k, v]) => (
            <div key={k}>
              <dt className="text-slate-500">{t(`register.fields.${k}`)}</dt>
              <dd
                className="break-words text-start"
                dir={["email", "storeLink", "phone", "tradeLicence", "idDocument"].includes(k) ? "ltr" : undefined}
              >
                {v}
              </dd>
            </div>
          ))}
        </dl>
      )}

      <div className="flex items-center justify-between gap-3 pt-2">
        {step > 0 ? (
          <button
            key="back"
            type="button"
            className="btn-secondary"
            onClick={() => setStep((s) => s - 1)}
            data-testid="register-back"
          >
            {t("register.back")}
          </button>
        ) : (
          <Link href="/login" className="text-sm text-brand-700 hover:underline">
            {t("register.haveAccount")}
          </Link>
        )}
        {step < STEPS.length - 1 ? (
          // Distinct keys: React must not turn this very button into the submit button while
          // its click is still being handled (the browser would then submit the form).
          <button key="next" type="button" className="btn-primary" onClick={next} data-testid="register-next">
            {t("register.next")}
          </button>
        ) : (
          <button
            key="submit"
            type="submit"
            className="btn-primary"
            disabled={formState.isSubmitting}
            data-testid="register-submit"
          >
            {formState.isSubmitting ? t("common.working") : t("register.submit")}
          </button>
        )}
      </div>
    </form>
  );
}
