// `npm run audit:verify`: recomputes the audit log's hash chain in DATABASE_URL's database.
// Exit 0 = intact, 1 = broken (the first broken seq is printed), 2 = could not check.
import pg from "pg";
import { pgFieldsFromUrl } from "../lib/db/pg-config";
import { verifyAuditChain } from "../lib/audit/verify-chain";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (e.g. `npm run with-db -- npm run audit:verify`).");
  process.exit(2);
}

const pool = new pg.Pool({ ...pgFieldsFromUrl(url), max: 1 });
let code = 0;
try {
  const started = Date.now();
  const result = await verifyAuditChain(pool);
  const ms = Date.now() - started;
  if (result.ok) {
    console.log(`Audit chain OK: ${result.rows} rows verified in ${ms} ms.`);
  } else {
    console.error(`Audit chain BROKEN at seq ${result.brokenAt}: ${result.reason}.`);
    console.error(`${result.rows} rows before it verified.`);
    code = 1;
  }
} catch (e) {
  console.error(`Could not verify the audit chain: ${(e as Error).message}`);
  code = 2;
} finally {
  await pool.end();
}
process.exit(code);
