// Typed errors: use-cases throw AppError(code); the action helper returns the code and the
// UI translates it through messages/*.json (`errors.<code>`). Anything else is unexpected:
// logged with a request id, shown as `errors.unexpected`.
export const ERROR_CODES = [
  "not_found",
  "validation",
  "conflict",
  "rate_limited",
  "invalid_credentials",
  "account_locked",
  "email_unverified",
  "pending_approval",
  "account_rejected",
  "account_disabled",
  "password_change_required",
  "password_reused",
  "password_too_weak",
  "wrong_password",
  "email_taken",
  "role_key_taken",
  "role_escalation",
  "self_change",
  "last_super_admin",
  "verification_invalid",
  "import_too_large",
  "export_too_large",
  "idempotency_conflict",
  "applicant_unverified",
  "order_changed",
  "no_agents_on_shift",
  "postpone_limit",
  "statement_empty",
  "statement_changed",
  "invoice_not_payable",
  "payout_exists",
  "payout_self_approval",
  "fee_invoiced",
  "unexpected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    /** Values for the translated message (e.g. minutes until unlock, rejection reason). */
    public readonly params: Record<string, string | number> = {},
    /** Per-field codes for form errors. */
    public readonly fields: Record<string, string> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** A record the actor may not see is "not found", never "forbidden": ids cannot be probed. */
export const notFound = () => new AppError("not_found");
