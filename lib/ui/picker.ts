// What every entity picker (components/ui/entity-picker.tsx) sends and gets back. Each entity
// kind has its own search use-case and server action (sellers in lib/sellers, products in
// lib/products, couriers in lib/delivery); they share these fields. Client-safe.
import { z } from "zod";

/** One choice in a picker: the id the form submits, a label, and a detail (code, SKU, company). */
export type EntityChoice = { id: string; label: string; detail?: string };

/** Choices returned per keystroke: the person narrows the search instead of scrolling. */
export const PICKER_LIMIT = 20;

export const ZPickerFields = {
  /** Typed text; empty lists the first choices. */
  q: z.string().trim().max(60).default(""),
  /** Resolve one id (the value already in the URL) instead of searching. */
  id: z.string().trim().min(1).max(64).optional(),
  locale: z.enum(["en", "ar"]).default("en"),
};
