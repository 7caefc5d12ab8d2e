// The client's IP, as a rate-limit key and for the audit log. X-Forwarded-For is a list that
// every proxy appends to; only the entries added by proxies we run are trustworthy, so we
// read the one TRUSTED_PROXY_HOPS from the right (default 1: Vercel, or one nginx/ALB).
// Reading the leftmost entry would let any client pick its own IP (SECURITY.md).
export function clientIpFrom(headers: Headers, hops = trustedHops()): string | null {
  const xff = headers.get("x-forwarded-for");
  if (xff) {
    const parts = xff
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const pick = parts[Math.max(0, parts.length - Math.max(1, hops))];
    if (pick) return normaliseIp(pick);
  }
  const real = headers.get("x-real-ip");
  return real ? normaliseIp(real.trim()) : null;
}

function trustedHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function normaliseIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return (v4mapped ? v4mapped[1] : ip).slice(0, 64);
}
