import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { landingPath } from "@/lib/navigation";

// "/" → the signed-in user's landing page in their saved language, or the login page.
export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login`);
  if (actor.mustChangePassword) redirect(`/${actor.locale}/change-password`);
  redirect(`/${actor.locale}${landingPath(actor.permissions)}`);
}
