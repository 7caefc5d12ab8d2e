// Coarse gating only (STYLE.md rule 8): locale prefix, "not signed in → login", and the
// per-request CSP nonce and request id. Authorization is decided in lib/, on every page,
// action and route handler; this file is not a security boundary (CVE-2025-29927).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

const LOCALES = ["en", "ar"] as const;
// Pages for people without an account (yet): sign-in, seller registration, email
// verification, and the dev outbox (which 404s unless explicitly enabled).
const PUBLIC_PAGES = new Set(["login", "register", "verify-email", "dev-outbox"]);
const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const SESSION_COOKIE = `${secure ? "__Secure-" : ""}atlas.session`;

function preferredLocale(req: NextRequest): string {
  const cookie = req.cookies.get("atlas-locale")?.value;
  if (cookie && (LOCALES as readonly string[]).includes(cookie)) return cookie;
  return /^ar\b/i.test(req.headers.get("accept-language") ?? "") ? "ar" : "en";
}

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and next/font inject style attributes and tags; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(secure ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export default async function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const [, first, second] = pathname.split("/");

  if (!(LOCALES as readonly string[]).includes(first)) {
    const url = req.nextUrl.clone();
    url.pathname = `/${preferredLocale(req)}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return NextResponse.redirect(url);
  }

  if (!PUBLIC_PAGES.has(second ?? "")) {
    const token = await getToken({
      req,
      secret: process.env.NEXTAUTH_SECRET,
      cookieName: SESSION_COOKIE,
      secureCookie: secure,
    });
    if (!token?.sid) {
      const url = req.nextUrl.clone();
      url.pathname = `/${first}/login`;
      url.search = "";
      return NextResponse.redirect(url);
    }
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", crypto.randomUUID());
  headers.set("content-security-policy", csp);
  headers.set("X-NEXT-INTL-LOCALE", first); // read by next-intl's getRequestConfig
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", csp);
  res.headers.set("cache-control", "private, no-store");
  res.cookies.set("atlas-locale", first, { sameSite: "lax", path: "/", httpOnly: false, secure });
  return res;
}

export const config = {
  // Pages only: API routes authorize themselves; static assets need nothing.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
