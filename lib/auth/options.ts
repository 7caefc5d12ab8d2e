import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/security/client-ip";
import { encodeAuthError } from "./auth-error";
import { signIn } from "./sign-in";

const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
// __Secure- prefix needs the Secure attribute, so it is used only over https (production).
const cookiePrefix = secure ? "__Secure-" : "";

/**
 * next-auth only carries a session id in its signed JWT cookie. Whether that session is
 * still valid (revoked, idle, expired, account disabled) is decided on every request by
 * loadActor() against the UserSession row.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 90 * 24 * 60 * 60 },
  useSecureCookies: secure,
  cookies: {
    sessionToken: {
      name: `${cookiePrefix}atlas.session`,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure },
    },
  },
  pages: { signIn: "/en/login", error: "/en/login" },
  providers: [
    Credentials({
      name: "credentials",
      credentials: { email: {}, password: {}, remember: {} },
      async authorize(credentials, req) {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers ?? {})) if (typeof v === "string") headers.set(k, v);
        try {
          const res = await signIn(
            {
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              remember: credentials?.remember === "true",
            },
            { ip: clientIpFrom(headers), userAgent: headers.get("user-agent"), requestId: headers.get("x-request-id") },
          );
          return { id: res.userId, sid: res.sessionId };
        } catch (e) {
          // next-auth passes the message to the client as `error`; it carries only a code.
          if (isAppError(e)) throw new Error(encodeAuthError(e.code, e.params));
          console.error("[auth] sign-in failed unexpectedly", e);
          throw new Error(encodeAuthError("unexpected"));
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid } as typeof session;
    },
  },
  logger: {
    error(code, metadata) {
      // Failed credentials are expected traffic, already audited.
      if (code === "CREDENTIALS_SIGNIN_ERROR" || code === "JWT_SESSION_ERROR") return;
      console.error("[next-auth]", code, metadata);
    },
    warn() {},
    debug() {},
  },
};
