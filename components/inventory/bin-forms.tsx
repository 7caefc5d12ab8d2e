"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { saveBinAction, saveZoneAction } from "@/lib/inventory/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import {
  BIN_KINDS,
  ZSaveBinInput,
  ZSaveZoneInput,
  type SaveBinFormInput,
  type SaveBinInput,
  type SaveZoneFormInput,
  type SaveZoneInput,
} from "@/lib/inventory/stock.schema";

export type BinRow = {
  id: string;
  code: string;
  kind: string;
  pickOrder: number;
  isActive: boolean;
  zone: { id: string; code: string } | null;
};
type Zone = { id: string; code: string; nameEn: string; nameAr: string | null };

/** Creates a bin (no `bin`) or edits one; deactivating is unticking "active". */
export function BinForm({
  warehouseId,
  zones,
  bin,
  onDone,
}: {
  warehouseId: string;
  zones: Zone[];
  bin?: BinRow;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<SaveBinFormInput, unknown, SaveBinInput>({
    resolver: zodResolver(ZSaveBinInput),
    defaultValues: {
      id: bin?.id ?? "",
      warehouseId,
      code: bin?.code ?? "",
      kind: (bin?.kind ?? "storage") as SaveBinInput["kind"],
      zoneId: bin?.zone?.id ?? "",
      pickOrder: bin?.pickOrder ?? 0,
      isActive: bin?.isActive ?? true,
    },
  });
  const p = bin ? `bin-${bin.code}` : "new-bin";
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await saveBinAction(values);
    if (!res.ok) return setMessage(applyActionError(res, t, setError));
    if (!bin) reset();
    onDone?.();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-6" data-testid={`${p}-form`}>
      {message && (
        <div className="md:col-span-6">
          <Alert testId="bin-error">{message}</Alert>
        </div>
      )}
      <div>
        <label htmlFor={`${p}-code`} className="label">
          {t("inventory.bins.code")}
        </label>
        <input id={`${p}-code`} className="input" dir="ltr" data-testid={`${p}-code`} {...register("code")} />
        <FieldError message={formState.errors.code?.message} />
      </div>
      <div>
        <label htmlFor={`${p}-kind`} className="label">
          {t("inventory.bins.kind")}
        </label>
        <select id={`${p}-kind`} className="input" data-testid={`${p}-kind`} {...register("kind")}>
          {BIN_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inventory.kinds.${k}`)}
            </option>
          ))}
        </select>
        <FieldError message={formState.errors.kind?.message} />
      </div>
      <div>
        <label htmlFor={`${p}-zone`} className="label">
          {t("inventory.bins.zone")}
        </label>
        <select id={`${p}-zone`} className="input" data-testid={`${p}-zone`} {...register("zoneId")}>
          <option value="">{t("inventory.bins.noZone")}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.code}
            </option>
          ))}
        </select>
        <FieldError message={formState.errors.zoneId?.message} />
      </div>
      <div>
        <label htmlFor={`${p}-pick`} className="label">
          {t("inventory.bins.pickOrder")}
        </label>
        <input
          id={`${p}-pick`}
          type="number"
          min={0}
          className="input"
          dir="ltr"
          data-testid={`${p}-pick`}
          {...register("pickOrder")}
        />
        <FieldError message={formState.errors.pickOrder?.message} />
      </div>
      <div className="flex items-end">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" data-testid={`${p}-active`} {...register("isActive")} />
          {t("inventory.bins.active")}
        </label>
        <FieldError message={formState.errors.isActive?.message} />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid={`${p}-save`}>
          {bin ? t("inventory.bins.save") : t("inventory.bins.add")}
        </button>
        {onDone && (
          <button type="button" className="btn-secondary" onClick={onDone}>
            {t("inventory.bins.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/** A row of the bins table with an inline editor. */
export function BinRowEditor({
  warehouseId,
  zones,
  bin,
  canEdit,
  kindLabel,
  labelsHref,
}: {
  warehouseId: string;
  zones: Zone[];
  bin: BinRow;
  canEdit: boolean;
  kindLabel: string;
  labelsHref: string;
}) {
  const t = useTranslations("inventory.bins");
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <tr data-testid="bin-row" data-code={bin.code}>
        <td colSpan={6}>
          <BinForm warehouseId={warehouseId} zones={zones} bin={bin} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="bin-row" data-code={bin.code}>
      <td dir="ltr" className="font-medium">
        {bin.code}
      </td>
      <td>{kindLabel}</td>
      <td dir="ltr">{bin.zone?.code ?? "—"}</td>
      <td className="tabular-nums">{bin.pickOrder}</td>
      <td data-testid="bin-active">{bin.isActive ? t("yes") : t("no")}</td>
      <td className="flex gap-2">
        <a href={labelsHref} className="btn-secondary" data-testid="bin-label">
          {t("label")}
        </a>
        {canEdit && (
          <button type="button" className="btn-secondary" onClick={() => setEditing(true)} data-testid="bin-edit">
            {t("edit")}
          </button>
        )}
      </td>
    </tr>
  );
}

export function ZoneForm({ warehouseId }: { warehouseId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<SaveZoneFormInput, unknown, SaveZoneInput>({
    resolver: zodResolver(ZSaveZoneInput),
    defaultValues: { id: "", warehouseId, code: "", nameEn: "", nameAr: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await saveZoneAction(values);
    if (!res.ok) return setMessage(applyActionError(res, t, setError));
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-4" data-testid="zone-form">
      {message && (
        <div className="md:col-span-4">
          <Alert testId="zone-error">{message}</Alert>
        </div>
      )}
      <div>
        <label htmlFor="zone-code" className="label">
          {t("inventory.bins.code")}
        </label>
        <input id="zone-code" className="input" dir="ltr" data-testid="zone-code" {...register("code")} />
        <FieldError message={formState.errors.code?.message} />
      </div>
      <div>
        <label htmlFor="zone-name-en" className="label">
          {t("inventory.bins.zoneNameEn")}
        </label>
        <input id="zone-name-en" className="input" dir="ltr" data-testid="zone-name-en" {...register("nameEn")} />
        <FieldError message={formState.errors.nameEn?.message} />
      </div>
      <div>
        <label htmlFor="zone-name-ar" className="label">
          {t("inventory.bins.zoneNameAr")}
        </label>
        <input id="zone-name-ar" className="input" dir="rtl" data-testid="zone-name-ar" {...register("nameAr")} />
        <FieldError message={formState.errors.nameAr?.message} />
      </div>
      <div className="flex items-end">
        <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="zone-save">
          {t("inventory.bins.addZone")}
        </button>
      </div>
    </form>
  );
}
