import { SignedInLayout } from "@/components/signed-in-layout";

export default function Layout(props: { params: Promise<{ locale: string }>; children: React.ReactNode }) {
  return <SignedInLayout {...props} />;
}
