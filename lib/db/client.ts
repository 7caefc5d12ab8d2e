import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/generated/prisma/client";
import { pgFieldsFromUrl } from "./pg-config";

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient | Tx;

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Atlas with `npm run dev` (embedded database) or set it.");
  const adapter = new PrismaPg({
    ...pgFieldsFromUrl(url),
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { atlasDb?: PrismaClient };

/** One client per process (dev hot reload re-evaluates modules; the pool must survive it). */
export const db: PrismaClient = globalForDb.atlasDb ?? (globalForDb.atlasDb = createClient());

export { Prisma };
