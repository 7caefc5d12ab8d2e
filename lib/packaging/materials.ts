// Packing materials a packer can record (translated as packaging.materials.<key>).
export const PACKING_MATERIALS = [
  "box_s",
  "box_m",
  "box_l",
  "envelope",
  "polybag",
  "bubble_wrap",
  "tape",
  "fragile_sticker",
] as const;
export type PackingMaterial = (typeof PACKING_MATERIALS)[number];
