import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import type { RequestContext } from "@/lib/security/request-context";
import { tokenHash } from "./register-seller";
import { ZVerifyEmailInput, type VerifyEmailInput } from "./verify-email.schema";

/**
 * Public use-case: consumes an email-verification token. The token row is claimed with a
 * conditional update (unused, unexpired), so a double click or two tabs verify once; every
 * other case (unknown, used, expired, malformed) is the same `verification_invalid`.
 */
export async function verifyEmail(
  raw: VerifyEmailInput,
  ctx: RequestContext,
  now = new Date(),
): Promise<{ status: string }> {
  const parsed = ZVerifyEmailInput.safeParse(raw);
  if (!parsed.success) throw new AppError("verification_invalid");
  const hash = tokenHash(parsed.data.token);

  return db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({
      where: { tokenHash: hash, type: "email_verification", usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("verification_invalid");
    const row = await tx.userToken.findUniqueOrThrow({ where: { tokenHash: hash }, select: { userId: true } });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: row.userId },
      select: { id: true, email: true, status: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    }
    // Other verification links sent to the same account stop working too.
    await tx.userToken.updateMany({
      where: { userId: user.id, type: "email_verification", usedAt: null },
      data: { usedAt: now },
    });
    await writeAudit(
      tx,
      { actorId: user.id, actorEmail: user.email, ...ctx },
      {
        action: "seller.email_verified",
        targetType: "user",
        targetId: user.id,
        before: { emailVerifiedAt: user.emailVerifiedAt },
        after: { emailVerifiedAt: user.emailVerifiedAt ?? now },
      },
    );
    return { status: user.status };
  });
}
