import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { enforceRateLimit } from "@/lib/security/rate-limits";
import type { RequestContext } from "@/lib/security/request-context";
import { getSettings } from "@/lib/settings/get-settings";
import { afterFailure, isLocked, minutesLeft } from "./lockout";
import { dummyHash, verifyPassword } from "./passwords";
import { createSession } from "./sessions";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
  remember: z.boolean().default(false),
});
export type SignInInput = z.input<typeof ZSignInInput>;

/**
 * Checks credentials and opens a new session row (ASVS 7.2.4: a new session at every login).
 * The account's state (unverified, pending, rejected, disabled) is only revealed after the
 * password is right, so it cannot be used to probe accounts.
 */
export async function signIn(
  rawInput: SignInInput,
  ctx: RequestContext,
): Promise<{ userId: string; sessionId: string }> {
  const parsed = ZSignInInput.safeParse(rawInput);
  if (!parsed.success) throw new AppError("invalid_credentials");
  const input = parsed.data;
  const audit = { actorId: null, actorEmail: input.email, ...ctx };

  await enforceRateLimit("login.ip", ctx.ip);
  await enforceRateLimit("login.account", input.email);

  const settings = await getSettings();
  const now = new Date();
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      status: true,
      rejectionReason: true,
      emailVerifiedAt: true,
      failedLoginCount: true,
      lockedUntil: true,
    },
  });

  if (!user) {
    await verifyPassword(await dummyHash(), input.password);
    await db.$transaction((tx) =>
      writeAudit(tx, audit, { action: "auth.login_failed", after: { reason: "unknown_email" } }),
    );
    throw new AppError("invalid_credentials");
  }
  if (isLocked(user, now)) {
    await db.$transaction((tx) =>
      writeAudit(
        tx,
        { ...audit, actorId: user.id },
        { action: "auth.login_refused", targetType: "user", targetId: user.id, after: { reason: "locked" } },
      ),
    );
    throw new AppError("account_locked", { minutes: minutesLeft(user, now) });
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const state = await db.$transaction(async (tx) => {
      // Atomic increment: concurrent wrong guesses all count.
      const bumped = await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: { increment: 1 } },
        select: { failedLoginCount: true, lockedUntil: true },
      });
      const next = afterFailure({ ...bumped, failedLoginCount: bumped.failedLoginCount - 1 }, now, {
        threshold: settings["auth.lockoutThreshold"],
        minutes: settings["auth.lockoutMinutes"],
      });
      if (next.lockedUntil !== bumped.lockedUntil) {
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil: next.lockedUntil } });
      }
      await writeAudit(
        tx,
        { ...audit, actorId: user.id },
        {
          action: isLocked(next, now) ? "auth.account_locked" : "auth.login_failed",
          targetType: "user",
          targetId: user.id,
          after: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil },
        },
      );
      return next;
    });
    if (isLocked(state, now)) throw new AppError("account_locked", { minutes: minutesLeft(state, now) });
    throw new AppError("invalid_credentials");
  }

  const refusal = !user.emailVerifiedAt
    ? new AppError("email_unverified")
    : user.status === "pending_approval"
      ? new AppError("pending_approval")
      : user.status === "rejected"
        ? new AppError("account_rejected", { reason: user.rejectionReason ?? "" })
        : user.status === "disabled"
          ? new AppError("account_disabled")
          : null;
  if (refusal) {
    await db.$transaction((tx) =>
      writeAudit(
        tx,
        { ...audit, actorId: user.id },
        { action: "auth.login_refused", targetType: "user", targetId: user.id, after: { reason: refusal.code } },
      ),
    );
    throw refusal;
  }

  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const session = await createSession(tx, { userId: user.id, remember: input.remember, ctx, settings, now });
    await writeAudit(
      tx,
      { ...audit, actorId: user.id },
      {
        action: "auth.login",
        targetType: "user",
        targetId: user.id,
        after: { sessionId: session.id, remember: input.remember },
      },
    );
    return { userId: user.id, sessionId: session.id };
  });
}
