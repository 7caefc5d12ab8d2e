export function Alert({
  kind = "error",
  children,
  testId,
}: {
  kind?: "error" | "success" | "info";
  children: React.ReactNode;
  testId?: string;
}) {
  const styles = {
    error: "border-red-200 bg-red-50 text-red-800",
    success: "border-emerald-200 bg-emerald-50 text-emerald-800",
    info: "border-sky-200 bg-sky-50 text-sky-800",
  }[kind];
  return (
    <div
      role={kind === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`rounded-md border p-3 text-sm ${styles}`}
    >
      {children}
    </div>
  );
}
