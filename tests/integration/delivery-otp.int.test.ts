// The customer's delivery OTP (lib/delivery/otp.ts) and the SMS outbox that carries it
// (lib/sms/outbox.ts): only a keyed hash is stored, wrong entries are counted and lock it,
// and the text is posted to the provider with the phone decrypted from the order at send time.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkDeliveryOtp, issueDeliveryOtp, OTP_MAX_FAILURES } from "@/lib/delivery/otp";
import { encryptOrderPhone } from "@/lib/orders/order-pii";
import { deliverPendingSms } from "@/lib/sms/outbox";
import { createOrder, createSeller } from "../support/factories";

let sellerId: string;
let userId: string;
beforeAll(async () => {
  const s = await createSeller();
  sellerId = s.profile.id;
  userId = s.user.id;
});

const issue = (o: { id: string; code: string }, locale = "en") =>
  db.$transaction((tx) => issueDeliveryOtp(tx, { orderId: o.id, orderCode: o.code, locale }));
const check = (orderId: string, typed: string) => db.$transaction((tx) => checkDeliveryOtp(tx, orderId, typed));

describe("delivery OTP", () => {
  it("stores only a hash, texts the code in Arabic and English, and accepts it", async () => {
    const o = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    const code = await issue(o, "ar");
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row.deliveryOtpHash).toBeTruthy();
    expect(row.deliveryOtpHash).not.toContain(code);
    const sms = await db.outboundSms.findMany({ where: { orderId: o.id } });
    expect(sms).toHaveLength(1);
    expect(sms[0].text).toContain(code);
    expect(sms[0].text).toContain("رمز التسليم");
    expect(sms[0].text).toContain("Your Atlas delivery code");
    expect(await check(o.id, code)).toBe("ok");
  });

  it("counts wrong entries and locks after the maximum, even for the right code", async () => {
    const o = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    const code = await issue(o);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < OTP_MAX_FAILURES; i++) expect(await check(o.id, wrong)).toBe("wrong");
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).deliveryOtpFailures).toBe(OTP_MAX_FAILURES);
    expect(await check(o.id, code)).toBe("locked");
  });

  it("a code of another order, malformed input, or an order without OTP never passes", async () => {
    const a = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    const b = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    const codeA = await issue(a);
    await issue(b);
    const bCode = (await db.outboundSms.findFirstOrThrow({ where: { orderId: b.id } })).text.match(/\d{6}/)![0];
    if (bCode !== codeA) expect(await check(a.id, bCode)).toBe("wrong");
    expect(await check(a.id, `${codeA} `)).toBe("wrong");
    const none = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    expect(await check(none.id, "123456")).toBe("none");
  });

  it("re-issuing replaces the old code and clears the failures", async () => {
    const o = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    const first = await issue(o);
    await check(o.id, first === "000000" ? "111111" : "000000");
    const second = await issue(o);
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).deliveryOtpFailures).toBe(0);
    if (first !== second) expect(await check(o.id, first)).toBe("wrong");
    expect(await check(o.id, second)).toBe("ok");
  });
});

describe("SMS outbox", () => {
  const received: Array<{ to: string; text: string; auth?: string }> = [];
  let status = 200;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ ...JSON.parse(body), auth: req.headers.authorization });
      res.statusCode = status;
      res.end();
    });
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    process.env.SMS_WEBHOOK_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
    process.env.SMS_WEBHOOK_TOKEN = "test-token";
  });
  afterAll(async () => {
    delete process.env.SMS_WEBHOOK_URL;
    delete process.env.SMS_WEBHOOK_TOKEN;
    await new Promise((r) => server.close(r));
  });

  it("posts each unsent text once, to the phone decrypted from its order; a provider error is retried later", async () => {
    await db.outboundSms.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
    const o = await createOrder(sellerId, userId, { state: "delivery_in_progress" });
    await db.order.update({
      where: { id: o.id },
      data: { customerPhoneEnc: encryptOrderPhone("+971501234567", o.id) },
    });
    status = 500;
    await issue(o);
    expect(await deliverPendingSms()).toBe(0);
    const failed = await db.outboundSms.findFirstOrThrow({ where: { orderId: o.id } });
    expect(failed.sentAt).toBeNull();
    expect(failed.lastError).toContain("500");

    status = 200;
    received.length = 0;
    expect(await deliverPendingSms()).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ to: "+971501234567", auth: "Bearer test-token" });
    expect(received[0].text).toMatch(/\d{6}/);
    expect(await deliverPendingSms()).toBe(0);
    expect((await db.outboundSms.findFirstOrThrow({ where: { orderId: o.id } })).sentAt).not.toBeNull();
  });
});
