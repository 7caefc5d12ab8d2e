// `npm run with-db -- <command…>`: runs a command with DATABASE_URL pointing at the embedded
// dev database (started for the duration), e.g. `npm run with-db -- npx prisma migrate status`.
import { startEmbeddedDb } from "./lib/embedded-db";
import { run } from "./lib/run";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("usage: npm run with-db -- <command> [args…]");
  process.exit(2);
}
const pg = await startEmbeddedDb({
  name: process.env.ATLAS_DB_NAME ?? "dev",
  port: Number(process.env.ATLAS_PG_PORT) || undefined,
});
let code = 0;
try {
  await pg.query(`SELECT 1`);
  const exists = await pg.query(`SELECT 1 FROM pg_database WHERE datname = 'atlas'`);
  if (exists.rowCount === 0) await pg.query(`CREATE DATABASE atlas`);
  await run(cmd, args, { DATABASE_URL: pg.urlFor("atlas") });
} catch (e) {
  console.error((e as Error).message);
  code = 1;
} finally {
  await pg.stop();
}
process.exit(code);
