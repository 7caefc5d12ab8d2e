import { apiJson } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return apiJson(openApiDocument(new URL(req.url).origin));
}
