// How a statement / invoice line says where its number came from, in a given language.
// `t` is a translator of the "statements" namespace (server or client, any locale).
import type { LineSource, StatementLineKind } from "@/lib/finance/statements/statement-math";

type T = (key: string, values?: Record<string, string | number>) => string;

/** A calendar day in UAE time, in the reader's language. */
export function uaeDate(d: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-AE" : "en-AE", {
    dateStyle: "medium",
    timeZone: "Asia/Dubai",
  }).format(d);
}

export function lineKindLabel(kind: StatementLineKind, t: T): string {
  return t(`kinds.${kind}`);
}

export function lineSourceText(source: LineSource | null, t: T, locale: string): string {
  if (!source) return "—";
  switch (source.kind) {
    case "cod_collection":
      return t("source.codCollected", { date: uaeDate(source.collectedAt, locale) });
    case "cod_missing":
      return t("source.codMissing");
    case "schedule":
      return t(source.scope === "seller" ? "source.scheduleSeller" : "source.scheduleDefault", {
        date: uaeDate(source.effectiveFrom, locale),
      });
    case "edited":
      return source.note
        ? t("source.editedNote", { by: source.by, note: source.note })
        : t("source.edited", { by: source.by });
    case "unlinked":
      return t("source.unlinked");
    case "refund":
      return t("source.refund", { code: source.returnCode, status: t(`refundStatus.${source.status}`) });
  }
}
