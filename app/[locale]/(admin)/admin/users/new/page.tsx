import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { listRoles } from "@/lib/rbac/list-roles";

export default async function NewUserPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "users.manage");
  const [roles, t] = await Promise.all([listRoles(actor), getTranslations("users")]);
  const internal = roles
    .filter((r) => r.key !== "seller")
    .map((r) => ({ id: r.id, name: locale === "ar" ? r.nameAr : r.nameEn }));
  return (
    <div className="max-w-xl">
      <PageHeader
        title={t("newTitle")}
        subtitle={t("newSubtitle")}
        breadcrumbs={[{ label: t("title"), href: "/admin/users" }]}
      />
      <CreateUserForm roles={internal} />
    </div>
  );
}
