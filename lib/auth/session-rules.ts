// When a session row stops being valid (ASVS 7.3.1 idle, 7.3.2 absolute). Pure.
import type { Settings } from "@/lib/settings/catalogue";

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  remember: boolean;
};

export function absoluteExpiry(
  now: Date,
  remember: boolean,
  s: Pick<Settings, "session.absoluteHours" | "session.rememberDays">,
): Date {
  const ms = remember ? s["session.rememberDays"] * 86_400_000 : s["session.absoluteHours"] * 3_600_000;
  return new Date(now.getTime() + ms);
}

/** Remembered sessions survive idleness up to their absolute end; others end after idleMinutes. */
export function sessionEndReason(
  sess: SessionTimes,
  now: Date,
  s: Pick<Settings, "session.idleMinutes">,
): "revoked" | "expired" | "idle" | null {
  if (sess.revokedAt) return "revoked";
  if (sess.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!sess.remember && now.getTime() - sess.lastSeenAt.getTime() > s["session.idleMinutes"] * 60_000) return "idle";
  return null;
}
