import { requireActor } from "@/lib/auth/guards";
import { AppShell } from "./app-shell";

/** Every route group's layout: a signed-in actor (else login / forced password change). */
export async function SignedInLayout({
  params,
  children,
}: {
  params: Promise<{ locale: string }>;
  children: React.ReactNode;
}) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  return <AppShell actor={actor}>{children}</AppShell>;
}
