"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { adjustStockAction, receiveStockAction, transferStockAction } from "@/lib/inventory/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { applyActionError } from "@/components/forms/action-result";
import {
  ZAdjustStockInput,
  ZReceiveStockInput,
  ZTransferStockInput,
  type AdjustStockFormInput,
  type AdjustStockInput,
  type ReceiveStockFormInput,
  type ReceiveStockInput,
  type TransferStockFormInput,
  type TransferStockInput,
} from "@/lib/inventory/stock.schema";
import { ProductLookup, type PickedProduct } from "./product-lookup";

export type BinChoice = { id: string; code: string; kind: string; warehouse: { id: string; code: string } };
type Mode = "receive" | "transfer" | "adjust";
type Message = { kind: "error" | "success"; text: string } | null;

/** Receive / transfer / adjust panel; shows only the tabs the actor may use. */
export function StockMovementForms({
  bins,
  modes,
  product,
}: {
  bins: BinChoice[];
  modes: Mode[];
  product?: PickedProduct;
}) {
  const t = useTranslations("inventory.forms");
  const [mode, setMode] = useState<Mode | null>(modes[0] ?? null);
  if (!mode) return null;
  return (
    <section className="card space-y-4" data-testid="movement-forms">
      <div className="flex flex-wrap gap-2" role="tablist" aria-label={t("title")}>
        {modes.map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            data-testid={`tab-${m}`}
            className={mode === m ? "btn-primary" : "btn-secondary"}
          >
            {t(`tabs.${m}`)}
          </button>
        ))}
      </div>
      {mode === "receive" && <ReceiveForm bins={bins.filter((b) => b.kind !== "damaged")} product={product} />}
      {mode === "transfer" && <TransferForm bins={bins} product={product} />}
      {mode === "adjust" && <AdjustForm bins={bins} product={product} />}
    </section>
  );
}

const binLabel = (b: BinChoice) => `${b.warehouse.code} · ${b.code}`;

function BinSelect({ id, bins, error, register }: { id: string; bins: BinChoice[]; error?: string; register: object }) {
  const t = useTranslations("inventory");
  return (
    <div>
      <label htmlFor={id} className="label">
        {t(`forms.${id.replace(/^[a-z]+-/, "")}`)}
      </label>
      <select id={id} className="input" dir="ltr" data-testid={id} {...register}>
        <option value="">{t("forms.chooseBin")}</option>
        {bins.map((b) => (
          <option key={b.id} value={b.id}>
            {binLabel(b)} ({t(`kinds.${b.kind}`)})
          </option>
        ))}
      </select>
      <FieldError message={error} />
    </div>
  );
}

function useProduct(initial: PickedProduct | undefined, set: (id: string) => void) {
  const [product, setProduct] = useState<PickedProduct | null>(initial ?? null);
  return [
    product,
    (p: PickedProduct | null) => {
      setProduct(p);
      set(p?.id ?? "");
    },
  ] as const;
}

function ReceiveForm({ bins, product: fixed }: { bins: BinChoice[]; product?: PickedProduct }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, formState, setError, setValue, reset } = useForm<
    ReceiveStockFormInput,
    unknown,
    ReceiveStockInput
  >({
    resolver: zodResolver(ZReceiveStockInput),
    defaultValues: { productId: fixed?.id ?? "", binId: "", quantity: "" as never, note: "" },
  });
  const [product, setProduct] = useProduct(fixed, (id) => setValue("productId", id, { shouldValidate: !!id }));
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await receiveStockAction(values);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    setMessage({
      kind: "success",
      text: t("inventory.forms.received", {
        quantity: values.quantity,
        sku: product?.sku ?? "",
        onHand: res.data.onHand,
      }),
    });
    reset({ productId: fixed?.id ?? "", binId: values.binId, quantity: "" as never, note: "" });
    if (!fixed) setProduct(null);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2" data-testid="receive-form">
      {message && (
        <div className="md:col-span-2">
          <Alert kind={message.kind} testId="movement-message">
            {message.text}
          </Alert>
        </div>
      )}
      {!fixed && (
        <ProductLookup
          id="receive-product"
          value={product}
          onChange={setProduct}
          error={formState.errors.productId?.message}
        />
      )}
      <BinSelect id="receive-bin" bins={bins} error={formState.errors.binId?.message} register={register("binId")} />
      <div>
        <label htmlFor="receive-quantity" className="label">
          {t("inventory.forms.quantity")}
        </label>
        <input
          id="receive-quantity"
          type="number"
          min={1}
          inputMode="numeric"
          className="input"
          dir="ltr"
          data-testid="receive-quantity"
          {...register("quantity")}
        />
        <FieldError message={formState.errors.quantity?.message} />
      </div>
      <div>
        <label htmlFor="receive-note" className="label">
          {t("inventory.forms.note")}
        </label>
        <input id="receive-note" className="input" data-testid="receive-note" {...register("note")} />
        <FieldError message={formState.errors.note?.message} />
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="receive-submit">
          {formState.isSubmitting ? t("common.working") : t("inventory.forms.receiveSubmit")}
        </button>
      </div>
    </form>
  );
}

function TransferForm({ bins, product: fixed }: { bins: BinChoice[]; product?: PickedProduct }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, formState, setError, setValue, reset } = useForm<
    TransferStockFormInput,
    unknown,
    TransferStockInput
  >({
    resolver: zodResolver(ZTransferStockInput),
    defaultValues: { productId: fixed?.id ?? "", fromBinId: "", toBinId: "", quantity: "" as never, note: "" },
  });
  const [product, setProduct] = useProduct(fixed, (id) => setValue("productId", id, { shouldValidate: !!id }));
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await transferStockAction(values);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    setMessage({
      kind: "success",
      text: t("inventory.forms.transferred", { quantity: values.quantity, sku: product?.sku ?? "" }),
    });
    reset({ productId: fixed?.id ?? "", fromBinId: "", toBinId: "", quantity: "" as never, note: "" });
    if (!fixed) setProduct(null);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2" data-testid="transfer-form">
      {message && (
        <div className="md:col-span-2">
          <Alert kind={message.kind} testId="movement-message">
            {message.text}
          </Alert>
        </div>
      )}
      {!fixed && (
        <div className="md:col-span-2">
          <ProductLookup
            id="transfer-product"
            value={product}
            onChange={setProduct}
            error={formState.errors.productId?.message}
          />
        </div>
      )}
      <BinSelect
        id="transfer-fromBin"
        bins={bins}
        error={formState.errors.fromBinId?.message}
        register={register("fromBinId")}
      />
      <BinSelect
        id="transfer-toBin"
        bins={bins}
        error={formState.errors.toBinId?.message}
        register={register("toBinId")}
      />
      <div>
        <label htmlFor="transfer-quantity" className="label">
          {t("inventory.forms.quantity")}
        </label>
        <input
          id="transfer-quantity"
          type="number"
          min={1}
          inputMode="numeric"
          className="input"
          dir="ltr"
          data-testid="transfer-quantity"
          {...register("quantity")}
        />
        <FieldError message={formState.errors.quantity?.message} />
      </div>
      <div>
        <label htmlFor="transfer-note" className="label">
          {t("inventory.forms.note")}
        </label>
        <input id="transfer-note" className="input" data-testid="transfer-note" {...register("note")} />
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={formState.isSubmitting} data-testid="transfer-submit">
          {formState.isSubmitting ? t("common.working") : t("inventory.forms.transferSubmit")}
        </button>
      </div>
    </form>
  );
}

function AdjustForm({ bins, product: fixed }: { bins: BinChoice[]; product?: PickedProduct }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, formState, setError, setValue, reset } = useForm<
    AdjustStockFormInput,
    unknown,
    AdjustStockInput
  >({
    resolver: zodResolver(ZAdjustStockInput),
    defaultValues: { productId: fixed?.id ?? "", binId: "", quantity: "" as never, reason: "" },
  });
  const [product, setProduct] = useProduct(fixed, (id) => setValue("productId", id, { shouldValidate: !!id }));
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await adjustStockAction(values);
    if (!res.ok) return setMessage({ kind: "error", text: applyActionError(res, t, setError) });
    setMessage({
      kind: "success",
      text: t("inventory.forms.adjusted", {
        quantity: values.quantity,
        sku: product?.sku ?? "",
        onHand: res.data.onHand,
      }),
    });
    reset({ productId: fixed?.id ?? "", binId: values.binId, quantity: "" as never, reason: "" });
    if (!fixed) setProduct(null);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2" data-testid="adjust-form">
      {message && (
        <div className="md:col-span-2">
          <Alert kind={message.kind} testId="movement-message">
            {message.text}
          </Alert>
        </div>
      )}
      {!fixed && (
        <ProductLookup
          id="adjust-product"
          value={product}
          onChange={setProduct}
          error={formState.errors.productId?.message}
        />
      )}
      <BinSelect id="adjust-bin" bins={bins} error={formState.errors.binId?.message} register={register("binId")} />
      <div>
        <label htmlFor="adjust-quantity" className="label">
          {t("inventory.forms.signedQuantity")}
        </label>
        <input
          id="adjust-quantity"
          type="number"
          inputMode="numeric"
          className="input"
          dir="ltr"
          data-testid="adjust-quantity"
          {...register("quantity")}
        />
        <p className="mt-1 text-xs text-slate-500">{t("inventory.forms.signedHint")}</p>
        <FieldError message={formState.errors.quantity?.message} />
      </div>
      <div>
        <label htmlFor="adjust-reason" className="label">
          {t("inventory.forms.reason")} *
        </label>
        <input id="adjust-reason" className="input" data-testid="adjust-reason" {...register("reason")} />
        <FieldError message={formState.errors.reason?.message} />
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn-danger" disabled={formState.isSubmitting} data-testid="adjust-submit">
          {formState.isSubmitting ? t("common.working") : t("inventory.forms.adjustSubmit")}
        </button>
      </div>
    </form>
  );
}
