"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createProductAction, updateProductAction } from "@/lib/products/actions";
import { MAX_PRODUCT_IMAGES, ZProductFields, type ProductFieldsInput } from "@/lib/products/create-product.schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FieldError } from "@/components/ui/field-error";
import { Alert } from "@/components/ui/alert";
import { applyActionError } from "@/components/forms/action-result";

type Props = {
  categories: Array<{ id: string; name: string }>;
  product?: {
    id: string;
    approval: "pending" | "approved" | "rejected";
    values: ProductFieldsInput;
    images: Array<{ id: string; fileId: string }>;
  };
};

export function ProductForm({ categories, product }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success" | "info"; text: string } | null>(null);
  const [keep, setKeep] = useState(product?.images ?? []);
  // After a save the page refreshes with the product's new image list: start from it again
  // (otherwise the next save would drop the images just uploaded).
  const [shownImages, setShownImages] = useState(product?.images);
  if (product?.images !== shownImages) {
    setShownImages(product?.images);
    setKeep(product?.images ?? []);
  }
  const [files, setFiles] = useState<File[]>([]);
  const [imagesError, setImagesError] = useState<string | undefined>();
  // Raw values go to the action, which parses them with the same schema on the server.
  const { register, handleSubmit, formState, setError } = useForm<ProductFieldsInput>({
    resolver: zodResolver(ZProductFields, undefined, { raw: true }),
    defaultValues: product?.values ?? {
      nameEn: "",
      nameAr: "",
      categoryId: "",
      sellingPrice: "",
      purchasePrice: "",
      weightGrams: "",
      barcode: "",
    },
  });
  const room = MAX_PRODUCT_IMAGES - keep.length - files.length;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setImagesError(undefined);
    const images = files.map((file) => ({ name: file.name, file }));
    const res = product
      ? await updateProductAction({ ...values, productId: product.id, keepImageIds: keep.map((k) => k.id), images })
      : await createProductAction({ ...values, images });
    if (!res.ok) {
      setImagesError(res.fields?.images);
      return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    }
    if (!product) return router.push(`/seller/products/${res.data.id}?created=1`);
    setFiles([]);
    const backToReview = "backToReview" in res.data && res.data.backToReview;
    setMessage({
      kind: backToReview ? "info" : "success",
      text: backToReview ? t("products.sentBackToReview") : t("common.saved"),
    });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-4" data-testid="product-form">
      {message && (
        <Alert kind={message.kind} testId="form-message">
          {message.text}
        </Alert>
      )}
      {product?.approval === "approved" && (
        <Alert kind="info" testId="review-notice">
          {t("products.reviewNotice")}
        </Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="nameEn" className="label">
            {t("products.nameEn")}
          </label>
          <input id="nameEn" dir="ltr" className="input" {...register("nameEn")} />
          <FieldError message={formState.errors.nameEn?.message} />
        </div>
        <div>
          <label htmlFor="nameAr" className="label">
            {t("products.nameAr")}
          </label>
          <input id="nameAr" dir="rtl" lang="ar" className="input" {...register("nameAr")} />
          <FieldError message={formState.errors.nameAr?.message} />
        </div>
        <div>
          <label htmlFor="categoryId" className="label">
            {t("products.category")}
          </label>
          <select id="categoryId" className="input" {...register("categoryId")}>
            <option value="">{t("products.chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError message={formState.errors.categoryId?.message} />
        </div>
        <div>
          <label htmlFor="weightGrams" className="label">
            {t("products.weightGrams")}
          </label>
          <input id="weightGrams" inputMode="numeric" dir="ltr" className="input" {...register("weightGrams")} />
          <FieldError message={formState.errors.weightGrams?.message} />
        </div>
        <div>
          <label htmlFor="sellingPrice" className="label">
            {t("products.sellingPrice")}
          </label>
          <input
            id="sellingPrice"
            inputMode="decimal"
            dir="ltr"
            className="input"
            placeholder="0.00"
            {...register("sellingPrice")}
          />
          <FieldError message={formState.errors.sellingPrice?.message} />
        </div>
        <div>
          <label htmlFor="purchasePrice" className="label">
            {t("products.purchasePrice")}
          </label>
          <input
            id="purchasePrice"
            inputMode="decimal"
            dir="ltr"
            className="input"
            placeholder="0.00"
            {...register("purchasePrice")}
          />
          <p className="mt-1 text-xs text-slate-500">{t("products.purchasePriceHint")}</p>
          <FieldError message={formState.errors.purchasePrice?.message} />
        </div>
        <div className="md:col-span-2">
          <label htmlFor="barcode" className="label">
            {t("products.barcodeOptional")}
          </label>
          <input id="barcode" inputMode="numeric" dir="ltr" className="input max-w-xs" {...register("barcode")} />
          <p className="mt-1 text-xs text-slate-500">{t("products.barcodeHint")}</p>
          <FieldError message={formState.errors.barcode?.message} />
        </div>
      </div>

      <fieldset className="space-y-2">
        <legend className="label">{t("products.images", { max: MAX_PRODUCT_IMAGES })}</legend>
        <ul className="flex flex-wrap gap-3">
          {keep.map((img) => (
            <li key={img.id} className="relative">
              {/* A plain img: the bytes come from the authorized file route, not a static asset. */}
              <img
                src={`/api/files/${img.fileId}`}
                alt=""
                className="h-20 w-20 rounded border border-slate-200 object-cover"
                data-testid="product-image"
              />
              <button
                type="button"
                className="btn-secondary mt-1 w-20 px-1 py-0.5 text-xs"
                onClick={() => setKeep(keep.filter((k) => k.id !== img.id))}
              >
                {t("products.removeImage")}
              </button>
            </li>
          ))}
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="flex w-32 flex-col gap-1 text-xs" data-testid="new-image">
              <span className="truncate" dir="ltr">
                {f.name}
              </span>
              <button
                type="button"
                className="btn-secondary px-1 py-0.5 text-xs"
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                {t("products.removeImage")}
              </button>
            </li>
          ))}
        </ul>
        {room > 0 && (
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            multiple
            aria-label={t("products.addImages")}
            data-testid="image-input"
            onChange={(e) => {
              setFiles([...files, ...Array.from(e.target.files ?? [])].slice(0, MAX_PRODUCT_IMAGES - keep.length));
              e.target.value = "";
            }}
          />
        )}
        <p className="text-xs text-slate-500">{t("products.imagesHint")}</p>
        <FieldError message={imagesError} />
      </fieldset>

      <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="save-product">
        {formState.isSubmitting ? t("common.working") : product ? t("common.save") : t("products.create")}
      </button>
    </form>
  );
}
