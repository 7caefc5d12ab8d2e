// Assertions shared by integration tests.
import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Awaits `p`, expects it to throw an AppError with `code`, and returns the error (fields, params). */
export async function rejects(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

/** "ok", or the AppError code the promise failed with (for races where either side may win). */
export async function outcomeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
