import { PageSkeleton } from "@/components/ui/skeleton";

// Safe as a route-level boundary: this page has no guard of its own that could 404 (the
// layout's sign-in check runs before the boundary), and no child routes.
export default function Loading() {
  return <PageSkeleton columns={2} rows={6} />;
}
