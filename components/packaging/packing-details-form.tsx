"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { recordPackingDetailsAction } from "@/lib/packaging/actions";
import { applyActionError } from "@/components/forms/action-result";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { useRouter } from "@/lib/i18n/navigation";
import { PACKING_MATERIALS, type PackingMaterial } from "@/lib/packaging/materials";

export type PackingDetails = {
  materials: Array<{ material: PackingMaterial; qty: number }>;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  photoFileId: string | null;
};

const str = (n: number | null) => (n === null ? "" : String(n));

/** Materials, weight, dimensions and an optional photo of the current packing record. */
export function PackingDetailsForm({
  orderId,
  version,
  initial,
  editable,
}: {
  orderId: string;
  version: number;
  initial: PackingDetails;
  editable: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, start] = useTransition();
  const [materials, setMaterials] = useState(
    initial.materials.map((m) => ({ material: m.material as string, qty: String(m.qty) })),
  );
  const [dims, setDims] = useState({
    weightGrams: str(initial.weightGrams),
    lengthMm: str(initial.lengthMm),
    widthMm: str(initial.widthMm),
    heightMm: str(initial.heightMm),
  });
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoInput, setPhotoInput] = useState(0);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function save(e: React.FormEvent) {
    e.preventDefault();
    setFields({});
    setMessage(null);
    start(async () => {
      const res = await recordPackingDetailsAction({
        orderId,
        version,
        ...dims,
        materials: materials.map((m) => ({ material: m.material as PackingMaterial, qty: m.qty as unknown as number })),
        ...(photo ? { photo: { name: photo.name, file: photo } } : {}),
      });
      if (!res.ok) {
        setFields(res.fields ?? {});
        setMessage({ kind: "error", text: applyActionError(res, t) });
        if (res.error === "order_changed") router.refresh();
        return;
      }
      setPhoto(null);
      setPhotoInput((n) => n + 1);
      setMessage({ kind: "success", text: t("packaging.details.saved") });
      router.refresh();
    });
  }

  const num = (name: keyof typeof dims, label: string) => (
    <div>
      <label htmlFor={`pk-${name}`} className="label">
        {label}
      </label>
      <input
        id={`pk-${name}`}
        className="input"
        inputMode="numeric"
        dir="ltr"
        value={dims[name]}
        disabled={!editable}
        onChange={(e) => setDims({ ...dims, [name]: e.target.value })}
        data-testid={`pack-${name}`}
        aria-invalid={fields[name] ? true : undefined}
      />
      <FieldError message={fields[name]} />
    </div>
  );

  return (
    <form onSubmit={save} className="card space-y-4" data-testid="packing-details">
      <h2 className="font-semibold">{t("packaging.details.title")}</h2>
      {message && (
        <Alert kind={message.kind} testId="packing-details-message">
          {message.text}
        </Alert>
      )}
      <fieldset className="space-y-2">
        <legend className="label">{t("packaging.details.materials")}</legend>
        {!materials.length && <p className="text-sm text-slate-500">{t("packaging.details.noMaterials")}</p>}
        {materials.map((m, i) => (
          <div key={i} className="flex flex-wrap items-start gap-2" data-testid="material-row">
            <select
              className="input w-48"
              aria-label={t("packaging.details.material")}
              value={m.material}
              disabled={!editable}
              onChange={(e) =>
                setMaterials(materials.map((x, j) => (j === i ? { ...x, material: e.target.value } : x)))
              }
              data-testid={`material-${i}`}
            >
              {PACKING_MATERIALS.map((k) => (
                <option key={k} value={k}>
                  {t(`packaging.materials.${k}`)}
                </option>
              ))}
            </select>
            <div>
              <input
                className="input w-24"
                inputMode="numeric"
                dir="ltr"
                aria-label={t("packaging.details.qty")}
                value={m.qty}
                disabled={!editable}
                onChange={(e) => setMaterials(materials.map((x, j) => (j === i ? { ...x, qty: e.target.value } : x)))}
                data-testid={`material-qty-${i}`}
              />
              <FieldError message={fields[`materials.${i}.qty`]} />
            </div>
            {editable && (
              <button
                type="button"
                className="btn-secondary"
                onClick={() => setMaterials(materials.filter((_, j) => j !== i))}
              >
                {t("packaging.details.remove")}
              </button>
            )}
          </div>
        ))}
        <FieldError message={fields.materials} />
        {editable && materials.length < PACKING_MATERIALS.length && (
          <button
            type="button"
            className="btn-secondary"
            data-testid="add-material"
            onClick={() =>
              setMaterials([
                ...materials,
                {
                  material: PACKING_MATERIALS.find((k) => !materials.some((m) => m.material === k)) ?? "box_s",
                  qty: "1",
                },
              ])
            }
          >
            {t("packaging.details.addMaterial")}
          </button>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-4">
        {num("weightGrams", t("packaging.details.weight"))}
        {num("lengthMm", t("packaging.details.length"))}
        {num("widthMm", t("packaging.details.width"))}
        {num("heightMm", t("packaging.details.height"))}
      </div>
      <div>
        <label htmlFor="pk-photo" className="label">
          {t("packaging.details.photo")}
        </label>
        <input
          key={photoInput}
          id="pk-photo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={!editable}
          onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
          data-testid="pack-photo"
        />
        <FieldError message={fields.photo} />
        {initial.photoFileId && (
          <figure className="mt-2">
            <figcaption className="text-xs text-slate-500">{t("packaging.details.currentPhoto")}</figcaption>
            <img
              src={`/api/files/${initial.photoFileId}`}
              alt={t("packaging.details.currentPhoto")}
              className="mt-1 h-32 rounded border border-slate-200 object-cover"
              data-testid="pack-photo-current"
            />
          </figure>
        )}
      </div>
      {editable && (
        <button type="submit" className="btn-primary" disabled={busy} data-testid="save-packing-details">
          {t("packaging.details.save")}
        </button>
      )}
    </form>
  );
}
