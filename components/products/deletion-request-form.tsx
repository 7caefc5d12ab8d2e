"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { requestProductDeletionAction } from "@/lib/products/actions";
import {
  ZRequestProductDeletionInput,
  type RequestProductDeletionInput,
} from "@/lib/products/request-product-deletion.schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

export function DeletionRequestForm({ productId }: { productId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<RequestProductDeletionInput>({
    resolver: zodResolver(ZRequestProductDeletionInput),
    defaultValues: { productId, reason: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await requestProductDeletionAction(values);
    if (!res.ok) return setFormError(applyActionError(res, t, setError));
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" data-testid="deletion-form">
      <h2 className="font-semibold">{t("products.requestDeletion")}</h2>
      <p className="text-sm text-slate-600">{t("products.requestDeletionHint")}</p>
      {error && <Alert testId="deletion-error">{error}</Alert>}
      <div>
        <label htmlFor="reason" className="label">
          {t("products.deletionReason")}
        </label>
        <textarea id="reason" rows={2} className="input" {...register("reason")} />
        <FieldError message={formState.errors.reason?.message} />
      </div>
      <button type="submit" className="btn-danger" disabled={formState.isSubmitting} data-testid="request-deletion">
        {formState.isSubmitting ? t("common.working") : t("products.requestDeletion")}
      </button>
    </form>
  );
}
