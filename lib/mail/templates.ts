// Email texts in both languages. Plain text only: nothing from users is ever interpreted as
// markup, and links are built by the server from its own base URL.
export type EmailTemplate = "verify_email" | "seller_approved" | "seller_rejected";
type Params = Record<string, string>;

const T: Record<EmailTemplate, Record<"en" | "ar", { subject: string; text: (p: Params) => string }>> = {
  verify_email: {
    en: {
      subject: "Confirm your email for Atlas",
      text: (p) =>
        `Hello ${p.name},\n\nConfirm your email address to continue your seller application:\n${p.link}\n\nThe link works once and expires in 24 hours. If you did not apply, ignore this email.\n\nAtlas`,
    },
    ar: {
      subject: "أكّد بريدك الإلكتروني لدى أطلس",
      text: (p) =>
        `مرحبًا ${p.name}،\n\nأكّد بريدك الإلكتروني لمتابعة طلب التسجيل كتاجر:\n${p.link}\n\nيعمل الرابط مرة واحدة وينتهي خلال 24 ساعة. إذا لم تقدّم طلبًا فتجاهل هذه الرسالة.\n\nأطلس`,
    },
  },
  seller_approved: {
    en: {
      subject: "Your Atlas seller account is approved",
      text: (p) => `Hello ${p.name},\n\nYour seller account for ${p.store} is approved. Sign in at ${p.link}\n\nAtlas`,
    },
    ar: {
      subject: "تمت الموافقة على حساب التاجر في أطلس",
      text: (p) =>
        `مرحبًا ${p.name}،\n\nتمت الموافقة على حساب التاجر الخاص بمتجر ${p.store}. سجّل الدخول من ${p.link}\n\nأطلس`,
    },
  },
  seller_rejected: {
    en: {
      subject: "Your Atlas seller application",
      text: (p) =>
        `Hello ${p.name},\n\nYour seller application for ${p.store} was not approved.\nReason: ${p.reason}\n\nAtlas`,
    },
    ar: {
      subject: "طلب التسجيل كتاجر في أطلس",
      text: (p) => `مرحبًا ${p.name}،\n\nلم تتم الموافقة على طلب التسجيل لمتجر ${p.store}.\nالسبب: ${p.reason}\n\nأطلس`,
    },
  },
};

export function renderEmail(template: EmailTemplate, locale: string, params: Params) {
  const t = T[template][locale === "ar" ? "ar" : "en"];
  return { subject: t.subject, text: t.text(params) };
}
