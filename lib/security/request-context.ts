import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "./client-ip";

export type RequestContext = { ip: string | null; userAgent: string | null; requestId: string | null };

/** Who is calling from where, for audit rows and rate limits. Set per request by middleware. */
export async function getRequestContext(): Promise<RequestContext> {
  try {
    const h = await headers();
    return { ip: clientIpFrom(h), userAgent: h.get("user-agent"), requestId: h.get("x-request-id") };
  } catch {
    // Outside a request (seed, jobs, tests).
    return { ip: null, userAgent: null, requestId: null };
  }
}
