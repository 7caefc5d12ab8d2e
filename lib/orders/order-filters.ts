import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { blindIndex } from "@/lib/crypto/pii";
import { likeLiteral } from "@/lib/db/like";
import { uaeDayEnd, uaeDayStart } from "@/lib/time/uae-day";
import { PHONE_INDEX } from "./order-pii";
import type { OrderFilters } from "./list-orders.schema";
import { normalisePhone } from "./phone";
import { statesForSellerStatus } from "./workflow";

/**
 * Filters → a where clause, always combined with the actor's scope by the caller
 * (`{ AND: [orderScope(actor), orderFilterWhere(f)] }`). A search term matches an order code
 * exactly, a phone exactly (normalised, then the keyed blind index: phones are encrypted) or
 * a customer name partially.
 */
export function orderFilterWhere(f: OrderFilters): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  if (f.status) and.push({ state: { in: statesForSellerStatus(f.status) } });
  if (f.emirate) and.push({ emirate: f.emirate });
  if (f.from) and.push({ createdAt: { gte: uaeDayStart(f.from) } });
  if (f.to) and.push({ createdAt: { lt: uaeDayEnd(f.to) } });
  const q = f.q?.trim();
  if (q) {
    const or: Prisma.OrderWhereInput[] = [{ customerName: { contains: likeLiteral(q), mode: "insensitive" } }];
    const code = /^#?(\d{9,12})$/.exec(q.replace(/\s/g, ""));
    if (code) or.push({ code: `#${code[1]}` });
    const phone = normalisePhone(q);
    if (phone.ok) or.push({ customerPhoneHash: blindIndex(phone.e164, PHONE_INDEX) });
    and.push({ OR: or });
  }
  return and.length ? { AND: and } : {};
}
