import { apiJson, withApiActor } from "@/lib/api/http";
import { getApiOrder } from "@/lib/api/get-api-order";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return withApiActor(req, async (actor) => apiJson(await getApiOrder(actor, { code: decodeURIComponent(code) })));
}
