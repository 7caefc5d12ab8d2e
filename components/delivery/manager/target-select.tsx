"use client";
import { useTranslations } from "next-intl";
import type { DispatchTargets } from "@/lib/delivery/list-ready";

/** Courier or company to send orders to ("courier:<id>" / "company:<id>"). */
export function TargetSelect({
  targets,
  value,
  onChange,
  id,
  testId,
}: {
  targets: DispatchTargets;
  value: string;
  onChange: (v: string) => void;
  id: string;
  testId: string;
}) {
  const t = useTranslations("delivery");
  return (
    <select
      id={id}
      className="input min-w-56"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    >
      <option value="">{t("dispatch.chooseTarget")}</option>
      <optgroup label={t("dispatch.couriers")}>
        {targets.couriers.map((c) => (
          <option key={c.value} value={c.value}>
            {c.company ? `${c.name} · ${c.company}` : c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("dispatch.companies")}>
        {targets.companies.map((c) => (
          <option key={c.value} value={c.value}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
