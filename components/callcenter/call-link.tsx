"use client";
import { startCallAction } from "@/lib/callcenter/actions";

/**
 * Click-to-call: a `tel:` link (the phone or softphone dials); for the assigned agent the
 * click also tells the server the call started, so the log's duration is server time.
 */
export function CallLink({
  orderId,
  phone,
  label,
  canCall,
}: {
  orderId: string;
  phone: string;
  label: string;
  canCall: boolean;
}) {
  return (
    <a
      href={`tel:${phone}`}
      className="btn-primary inline-flex items-center gap-2"
      dir="ltr"
      data-testid="call-customer"
      onClick={() => {
        if (canCall) void startCallAction({ orderId });
      }}
    >
      <span aria-hidden>☎</span> <span>{label}</span> <span>{phone}</span>
    </a>
  );
}
