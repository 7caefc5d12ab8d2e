import { formatMoney } from "@/lib/money/format-money";

/** received − expected: red when it is not zero (the cash does not balance), to the fil. */
export function Difference({
  fils,
  currency = "AED",
  locale,
  testId,
}: {
  fils: bigint;
  currency?: string;
  locale: string;
  testId?: string;
}) {
  const off = fils !== 0n;
  return (
    <bdi
      data-testid={testId}
      data-value={fils.toString()}
      data-flagged={off ? "true" : "false"}
      className={`tabular-nums ${off ? "font-semibold text-red-700" : "text-emerald-700"}`}
    >
      {fils > 0n ? "+" : ""}
      {formatMoney(fils, currency, locale)}
    </bdi>
  );
}
