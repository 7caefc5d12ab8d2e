// Account lockout (ASVS 6.3.1): after `threshold` consecutive failures the account is locked
// for `minutes`; each further failure while counting doubles the lock, capped at a day.
// Pure so the rule is unit-tested; the use-case applies it in a conditional update.
export type LockoutPolicy = { threshold: number; minutes: number };
export type LockoutState = { failedLoginCount: number; lockedUntil: Date | null };

export const DEFAULT_LOCKOUT: LockoutPolicy = { threshold: 5, minutes: 15 };
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function minutesLeft(state: LockoutState, now: Date): number {
  if (!state.lockedUntil) return 0;
  return Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000));
}

export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): LockoutState {
  const failed = state.failedLoginCount + 1;
  if (failed < policy.threshold) return { failedLoginCount: failed, lockedUntil: state.lockedUntil };
  const doublings = failed - policy.threshold;
  const ms = Math.min(MAX_LOCK_MS, policy.minutes * 60_000 * 2 ** Math.min(doublings, 10));
  return { failedLoginCount: failed, lockedUntil: new Date(now.getTime() + ms) };
}

export function afterSuccess(): LockoutState {
  return { failedLoginCount: 0, lockedUntil: null };
}
