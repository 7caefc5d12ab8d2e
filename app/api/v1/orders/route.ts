import { apiError, apiJson, withApiActor } from "@/lib/api/http";
import { createApiOrder } from "@/lib/api/create-api-order";
import { listApiOrders } from "@/lib/api/list-api-orders";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

export async function POST(req: Request) {
  return withApiActor(req, async (actor) => {
    const text = await req.text();
    if (text.length > MAX_BODY_BYTES) return apiError(new AppError("validation", {}, { _body: "too_long" }));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return apiError(new AppError("validation", {}, { _body: "invalid_json" }));
    }
    const result = await createApiOrder(actor, { idempotencyKey: req.headers.get("idempotency-key"), body });
    return apiJson(result.body, result.status, result.replayed ? { "Idempotent-Replayed": "true" } : {});
  });
}

export async function GET(req: Request) {
  return withApiActor(req, async (actor) => apiJson(await listApiOrders(actor, new URL(req.url).searchParams)));
}
