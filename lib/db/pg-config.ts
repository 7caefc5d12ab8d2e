// Turns DATABASE_URL into the discrete fields node-postgres takes. Used by the Prisma CLI
// config and the runtime client: with a connection string the 6.19 CLI's shadow database
// silently becomes the main one (see README, "Why Prisma 6.19").
export type PgFields = {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
};

export function pgFieldsFromUrl(url: string): PgFields {
  const u = new URL(url);
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new Error("DATABASE_URL must be a postgresql:// URL");
  }
  const sslmode = u.searchParams.get("sslmode");
  const ssl =
    sslmode === "require" || sslmode === "verify-full" || sslmode === "verify-ca"
      ? { rejectUnauthorized: sslmode !== "require" }
      : undefined;
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
    ...(ssl ? { ssl } : {}),
  };
}
