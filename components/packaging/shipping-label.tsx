import { createTranslator } from "next-intl";
import arMessages from "@/messages/ar.json";
import enMessages from "@/messages/en.json";
import { formatFils } from "@/lib/money/parse-aed";
import type { ShippingDocument } from "@/lib/packaging/get-shipping-documents";

// Both languages whatever the request's locale, so the messages are read directly.
const en = createTranslator({ locale: "en", messages: enMessages, namespace: "packaging.label" });
const ar = createTranslator({ locale: "ar", messages: arMessages, namespace: "packaging.label" });
const emEn = createTranslator({ locale: "en", messages: enMessages, namespace: "orders.emirates" });
const emAr = createTranslator({ locale: "ar", messages: arMessages, namespace: "orders.emirates" });
type Captions = typeof en;
type Emirates = typeof emEn;

/**
 * One shipping label. Every caption is printed in English and in Arabic (the Arabic in its
 * own dir="rtl" block, shaped right-to-left by the browser), whatever the packer's language:
 * couriers read either. Codes, phone and amounts stay left-to-right.
 */
export function ShippingLabel({ doc }: { doc: ShippingDocument }) {
  const c = doc.contact!;
  const caption = (key: Parameters<Captions>[0]) => (
    <span className="flex justify-between gap-2 text-[10px] font-semibold uppercase tracking-wide text-slate-600">
      <span dir="ltr" lang="en">
        {en(key)}
      </span>
      <span dir="rtl" lang="ar">
        {ar(key)}
      </span>
    </span>
  );
  const emirate = (e: Emirates, key: string) => e(key as Parameters<Emirates>[0]);
  return (
    <article
      className="print-page mx-auto w-full max-w-[105mm] space-y-2 rounded border-2 border-slate-900 bg-white p-3 text-sm text-slate-900"
      data-testid="shipping-label"
      data-code={doc.code}
    >
      <div>
        {caption("order")}
        <div
          className="flex justify-center"
          data-testid="label-barcode"
          dangerouslySetInnerHTML={{ __html: doc.barcodeSvg }}
        />
      </div>
      <div className="flex items-end justify-between border-y-2 border-slate-900 py-1">
        <div className="grow">{caption("cod")}</div>
      </div>
      <p className="text-center text-2xl font-bold tabular-nums" dir="ltr" data-testid="label-cod">
        {formatFils(doc.totalFils, "en")}
      </p>
      <div>
        {caption("to")}
        <p className="text-base font-semibold" dir="auto" data-testid="label-customer">
          {c.customerName}
        </p>
      </div>
      <div>
        {caption("phone")}
        <p className="font-mono" dir="ltr" data-testid="label-phone">
          {c.customerPhone}
        </p>
      </div>
      <div>
        {caption("address")}
        <p dir="auto" data-testid="label-address">
          {[c.building, c.street, c.area, c.city].filter(Boolean).join(", ")}
          {c.landmark && (
            <>
              <br />
              {c.landmark}
            </>
          )}
        </p>
        <p className="flex justify-between gap-2 font-semibold" data-testid="label-emirate">
          <span dir="ltr" lang="en">
            {emirate(emEn, c.emirate)}
          </span>
          <span dir="rtl" lang="ar">
            {emirate(emAr, c.emirate)}
          </span>
        </p>
      </div>
      <div className="grid grid-cols-3 gap-2 border-t border-slate-400 pt-1">
        <div>
          {caption("seller")}
          <p dir="auto" data-testid="label-seller">
            {doc.seller.storeName}
          </p>
        </div>
        <div>
          {caption("warehouse")}
          <p dir="ltr" data-testid="label-warehouse">
            {doc.warehouse?.code ?? "—"}
          </p>
        </div>
        <div>
          {caption("items")}
          <p className="font-semibold tabular-nums" data-testid="label-items">
            {doc.items}
          </p>
        </div>
      </div>
      {doc.weightGrams !== null && (
        <div>
          {caption("weight")}
          <p className="tabular-nums" dir="ltr">
            {en("grams", { value: doc.weightGrams })}
          </p>
        </div>
      )}
    </article>
  );
}
