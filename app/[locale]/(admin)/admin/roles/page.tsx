import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PermissionMatrixEditor } from "@/components/admin/permission-matrix-editor";
import { requirePagePermission } from "@/lib/auth/guards";
import { loadPermissionMatrix } from "@/lib/rbac/load-permission-matrix";

export default async function RolesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "roles.manage");
  const [matrix, t] = await Promise.all([loadPermissionMatrix(actor), getTranslations("roles")]);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <PermissionMatrixEditor matrix={matrix} />
    </div>
  );
}
