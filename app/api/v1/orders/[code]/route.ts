import { apiJson, withApiActor } from "@/lib/api/http";
import { getApiOrder } from "@/lib/api/get-api-order";

export const dynamic = "force-dynamic";

/**
 * Next.js hands over the segment already decoded; decoding again only serves clients that
 * double-encode the "#" (%2523). A stray "%" must not throw (URIError → 500): it is a code that
 * matches nothing, so getApiOrder answers not_found.
 */
function decodeOnce(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return withApiActor(req, async (actor) => apiJson(await getApiOrder(actor, { code: decodeOnce(code) })));
}
