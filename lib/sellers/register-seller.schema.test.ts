import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { documentIssue, isHttpsUrl, ZRegisterSellerInput, type RegisterSellerInput } from "./register-seller.schema";

const valid: RegisterSellerInput = {
  name: "Mariam Khoury",
  email: "  Mariam@Example.COM ",
  password: "Falcon-Dunes-2026",
  confirmPassword: "Falcon-Dunes-2026",
  companyName: "Khoury Trading LLC",
  storeName: "Mariam Scents",
  storeLink: "https://mariam-scents.ae/shop",
  phone: "050 123 4567",
  emirate: "dubai",
  locale: "ar",
};

const fieldErrors = (over: Partial<RegisterSellerInput>) => {
  const r = ZRegisterSellerInput.safeParse({ ...valid, ...over });
  return r.success ? {} : zodFieldErrors(r.error);
};

describe("ZRegisterSellerInput", () => {
  it("accepts a complete application and normalises the email", () => {
    const r = ZRegisterSellerInput.parse(valid);
    expect(r.email).toBe("mariam@example.com");
    expect(r.locale).toBe("ar");
  });

  it("applies the password policy, including the email rule, and the confirmation", () => {
    expect(fieldErrors({ password: "short", confirmPassword: "short" }).password).toBe("password.too_short");
    expect(fieldErrors({ password: "password123", confirmPassword: "password123" }).password).toBe(
      "password.too_common",
    );
    expect(fieldErrors({ password: "mariam-2026-secret", confirmPassword: "mariam-2026-secret" }).password).toBe(
      "password.contains_email",
    );
    expect(fieldErrors({ confirmPassword: "Falcon-Dunes-2025" })).toEqual({ confirmPassword: "password.mismatch" });
  });

  it("needs UAE/GCC phones, a known emirate and an https store link", () => {
    expect(fieldErrors({ phone: "12345" }).phone).toBe("phone_invalid");
    expect(fieldErrors({ phone: "+44 20 7946 0958" }).phone).toBe("phone_not_supported");
    expect(fieldErrors({ phone: "+971 4 123 4567" })).toEqual({});
    expect(fieldErrors({ emirate: "doha" as never }).emirate).toBe("emirate_invalid");
    expect(fieldErrors({ storeLink: "http://mariam-scents.ae" }).storeLink).toBe("store_link_invalid");
    expect(fieldErrors({ storeLink: "javascript:alert(1)" }).storeLink).toBe("store_link_invalid");
    expect(fieldErrors({ storeLink: "" })).toEqual({});
  });

  it("checks the password on step 1 even while the business fields are still empty", () => {
    const r = ZRegisterSellerInput.safeParse({
      ...valid,
      confirmPassword: "other",
      companyName: "",
      storeName: "",
      phone: "",
      emirate: "",
    });
    expect(r.success).toBe(false);
    expect(zodFieldErrors(r.error!)).toMatchObject({
      confirmPassword: "password.mismatch",
      companyName: "required",
      phone: "required",
    });
  });

  it("requires names and a valid email", () => {
    const e = fieldErrors({ name: " ", companyName: "", storeName: "", email: "nope" });
    expect(e).toMatchObject({
      name: "required",
      companyName: "required",
      storeName: "required",
      email: "invalid_email",
    });
  });

  it("ignores fields it does not know (no mass assignment)", () => {
    const r = ZRegisterSellerInput.parse({ ...valid, status: "active", roleId: "admin" } as never);
    expect(r).not.toHaveProperty("status");
    expect(r).not.toHaveProperty("roleId");
  });
});

describe("isHttpsUrl / documentIssue", () => {
  it("accepts only https links with a real host and no credentials", () => {
    expect(isHttpsUrl("https://instagram.com/mariam")).toBe(true);
    expect(isHttpsUrl("https://localhost")).toBe(false);
    expect(isHttpsUrl("https://user:pw@shop.ae")).toBe(false);
    expect(isHttpsUrl("ftp://shop.ae")).toBe(false);
  });
  it("pre-checks a chosen document by name and size", () => {
    expect(documentIssue(null)).toBe("required");
    expect(documentIssue({ name: "licence.pdf", size: 0 })).toBe("file_empty");
    expect(documentIssue({ name: "licence.pdf", size: 6 * 1024 * 1024 })).toBe("file_too_large");
    expect(documentIssue({ name: "licence.exe", size: 10 })).toBe("file_type");
    expect(documentIssue({ name: "ID.JPEG", size: 10 })).toBeNull();
  });
});
