import "server-only";
// The few Redis calls @upstash/ratelimit makes (evalsha/eval), over whichever Redis this
// deployment has: Upstash (REST) when configured, a real Redis over TCP (REDIS_URL), or an
// in-process ioredis-mock for dev and tests (single instance only — say so in production).
import { Redis as UpstashRedis } from "@upstash/redis";

export type ScriptRedis = {
  evalsha(sha: string, keys: string[], args: unknown[]): Promise<unknown>;
  eval(script: string, keys: string[], args: unknown[]): Promise<unknown>;
};

type IoLike = {
  evalsha(sha: string, numKeys: number, ...rest: unknown[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...rest: unknown[]): Promise<unknown>;
};

function overIoredis(client: IoLike, stripFlags: boolean): ScriptRedis {
  const norm = (s: string) => (stripFlags ? s.replace(/^#!lua[^\n]*\n/, "") : s);
  return {
    evalsha: (sha, keys, args) => client.evalsha(sha, keys.length, ...keys, ...args.map(String)),
    eval: (script, keys, args) => client.eval(norm(script), keys.length, ...keys, ...args.map(String)),
  };
}

const g = globalThis as unknown as { atlasRedis?: ScriptRedis };

export async function scriptRedis(): Promise<ScriptRedis> {
  if (g.atlasRedis) return g.atlasRedis;
  if (process.env.UPSTASH_REDIS_REST_URL && process.env.UPSTASH_REDIS_REST_TOKEN) {
    g.atlasRedis = UpstashRedis.fromEnv() as unknown as ScriptRedis;
  } else if (process.env.REDIS_URL) {
    const { default: IORedis } = await import("ioredis");
    g.atlasRedis = overIoredis(new IORedis(process.env.REDIS_URL) as unknown as IoLike, false);
  } else {
    const { default: RedisMock } = await import("ioredis-mock");
    // ioredis-mock's Lua runner does not understand the `#!lua flags=` shebang line.
    g.atlasRedis = overIoredis(new RedisMock() as unknown as IoLike, true);
  }
  return g.atlasRedis;
}
