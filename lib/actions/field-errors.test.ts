import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueKey, zodFieldErrors } from "./field-errors";

describe("zodFieldErrors", () => {
  const schema = z.object({
    email: z.string().email(),
    name: z.string().min(2),
    bio: z.string().max(3),
    password: z.string().refine((v) => v.length > 20, { message: "password.too_short" }),
    address: z.object({ city: z.string().min(1) }),
  });

  it("maps each field to one translation key", () => {
    const res = schema.safeParse({ email: "nope", name: "x", bio: "long", password: "short", address: { city: "" } });
    expect(res.success).toBe(false);
    expect(zodFieldErrors(res.error!)).toEqual({
      email: "invalid_format",
      name: "too_short",
      bio: "too_long",
      password: "password.too_short",
      "address.city": "too_short",
    });
  });

  it("keeps the first issue per field", () => {
    const s = z.object({
      pw: z.string().superRefine((_, ctx) => {
        ctx.addIssue({ code: "custom", message: "password.too_short" });
        ctx.addIssue({ code: "custom", message: "password.too_common" });
      }),
    });
    expect(zodFieldErrors(s.safeParse({ pw: "a" }).error!)).toEqual({ pw: "password.too_short" });
  });

  it("reports form-level issues under _form", () => {
    const s = z.string().refine(() => false, { message: "passwords_differ" });
    expect(zodFieldErrors(s.safeParse("x").error!)).toEqual({ _form: "passwords_differ" });
  });

  it("does not leak zod's English messages", () => {
    expect(issueKey({ code: "invalid_type", message: "Invalid input: expected string, received number" })).toBe(
      "invalid",
    );
    expect(issueKey({ code: "custom", message: "Something Broke!" })).toBe("invalid");
  });
});
