import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CompanyForm, CourierForm, ToggleButton } from "@/components/delivery/manager/partner-forms";
import { requirePagePermission } from "@/lib/auth/guards";
import { listCourierUserChoices, listPartners } from "@/lib/delivery/manage-partners";

export default async function PartnersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "delivery.partners.manage");
  const [{ companies, couriers }, users, t] = await Promise.all([
    listPartners(actor),
    listCourierUserChoices(actor),
    getTranslations("delivery.partners"),
  ]);
  const activeCompanies = companies.filter((c) => !c.archivedAt).map((c) => ({ id: c.id, name: c.name }));

  return (
    <div className="space-y-8" data-testid="partners-page">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("companies")}</h2>
        <div className="card">
          <CompanyForm />
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="companies-table">
            <thead>
              <tr>
                <th>{t("code")}</th>
                <th>{t("name")}</th>
                <th>{t("contact")}</th>
                <th>{t("phone")}</th>
                <th>{t("couriersCount")}</th>
                <th>{t("status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {companies.map((c) => (
                <tr key={c.id} data-testid="company-row" data-code={c.code}>
                  <td dir="ltr" className="font-medium">
                    {c.code}
                  </td>
                  <td>{locale === "ar" && c.nameAr ? c.nameAr : c.name}</td>
                  <td>
                    {c.contactName ?? "—"}
                    {c.email && (
                      <span className="block text-xs text-slate-500" dir="ltr">
                        {c.email}
                      </span>
                    )}
                  </td>
                  <td dir="ltr">{c.phone ?? "—"}</td>
                  <td className="tabular-nums">{c._count.couriers}</td>
                  <td data-testid="company-status">{c.archivedAt ? t("archived") : t("active")}</td>
                  <td className="space-y-2">
                    <ToggleButton kind="company" id={c.id} active={!c.archivedAt} />
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-700" data-testid="company-edit">
                        {t("edit")}
                      </summary>
                      <div className="mt-2 min-w-[36rem]">
                        <CompanyForm
                          initial={{
                            id: c.id,
                            code: c.code,
                            name: c.name,
                            nameAr: c.nameAr ?? "",
                            contactName: c.contactName ?? "",
                            phone: c.phone ?? "",
                            email: c.email ?? "",
                          }}
                        />
                      </div>
                    </details>
                  </td>
                </tr>
              ))}
              {!companies.length && (
                <tr>
                  <td colSpan={7} className="text-center text-slate-500">
                    {t("noCompanies")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("couriers")}</h2>
        <div className="card">
          <CourierForm users={users} companies={activeCompanies} />
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="couriers-admin-table">
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("kind")}</th>
                <th>{t("company")}</th>
                <th>{t("phone")}</th>
                <th>{t("vehicle")}</th>
                <th>{t("status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {couriers.map((c) => (
                <tr key={c.id} data-testid="courier-admin-row" data-name={c.name}>
                  <td className="font-medium">
                    {c.name}
                    {c.user && (
                      <span className="block text-xs text-slate-500" dir="ltr">
                        {c.user.email}
                      </span>
                    )}
                  </td>
                  <td>{c.userId ? t("kinds.staff") : t("kinds.driver")}</td>
                  <td>{c.company?.name ?? t("inHouse")}</td>
                  <td dir="ltr">{c.phone ?? "—"}</td>
                  <td>{c.vehicle ?? "—"}</td>
                  <td data-testid="courier-status">{c.isActive ? t("active") : t("inactive")}</td>
                  <td className="space-y-2">
                    <ToggleButton kind="courier" id={c.id} active={c.isActive} />
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-700">{t("edit")}</summary>
                      <div className="mt-2 min-w-[36rem]">
                        <CourierForm
                          users={users}
                          companies={activeCompanies}
                          initial={{
                            id: c.id,
                            kind: c.userId ? "staff" : "driver",
                            userId: c.userId ?? "",
                            companyId: c.companyId ?? "",
                            name: c.name,
                            phone: c.phone ?? "",
                            vehicle: c.vehicle ?? "",
                          }}
                        />
                      </div>
                    </details>
                  </td>
                </tr>
              ))}
              {!couriers.length && (
                <tr>
                  <td colSpan={7} className="text-center text-slate-500">
                    {t("noCouriers")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
