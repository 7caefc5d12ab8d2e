import { can, getActor } from "@/lib/auth/actor";
import { contentDisposition } from "@/lib/files/sniff";
import { productCsvTemplate } from "@/lib/products/product-csv";

// The product CSV template with headers in English or Arabic (both import the same way).
// For sellers who can import; anyone else gets a 404 like any hidden resource.
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await getActor();
  if (
    !actor ||
    actor.mustChangePassword ||
    !can(actor, "products.manage_own") ||
    (locale !== "en" && locale !== "ar")
  ) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  return new Response(productCsvTemplate(locale), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": contentDisposition(`atlas-products-template-${locale}.csv`),
      "cache-control": "private, no-store",
    },
  });
}
