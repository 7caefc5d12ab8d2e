import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const TABS = [
  { key: "stock", href: "/warehouse/inventory" },
  { key: "bins", href: "/warehouse/inventory/bins" },
  { key: "lowStock", href: "/warehouse/inventory/low-stock" },
] as const;

/** The inventory sub-pages. */
export async function InventoryNav({ current }: { current: (typeof TABS)[number]["key"] | null }) {
  const t = await getTranslations("inventory.nav");
  return (
    <nav className="flex flex-wrap gap-2 print:hidden" aria-label={t("label")} data-testid="inventory-nav">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          className={current === tab.key ? "btn-primary" : "btn-secondary"}
          aria-current={current === tab.key ? "page" : undefined}
          data-testid={`inventory-nav-${tab.key}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
