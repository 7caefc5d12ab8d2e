import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ApiTokensPanel } from "@/components/orders/api-tokens-panel";
import { requirePagePermission } from "@/lib/auth/guards";
import { listApiTokens } from "@/lib/api/list-api-tokens";

export default async function SellerApiPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "api.tokens.manage_own");
  const [tokens, t] = await Promise.all([listApiTokens(actor), getTranslations("apiTokens")]);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        // A plain link: the JSON document is not a page of the app.
        actions={
          <a
            href="/api/v1/openapi.json"
            className="btn-secondary"
            target="_blank"
            rel="noopener"
            data-testid="openapi-link"
          >
            {t("docs")}
          </a>
        }
      />
      <p className="text-sm text-slate-600" dir="auto">
        {t("howTo")}
      </p>
      <ApiTokensPanel tokens={tokens} />
    </div>
  );
}
