import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(
  cmd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  opts: { quiet?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${out}`)),
    );
  });
}

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/** The Prisma CLI with the preload that stops the wasm engine idling 10 s before exit. */
export function prisma(args: string[], databaseUrl: string, opts: { quiet?: boolean } = {}) {
  const preload = path.join(process.cwd(), "scripts", "lib", "unref-timers.cjs");
  return run(
    bin("prisma"),
    args,
    {
      DATABASE_URL: databaseUrl,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    opts,
  );
}

export const DUMMY_DATABASE_URL = "postgresql://unused@127.0.0.1:1/unused";
