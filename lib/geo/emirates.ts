export const EMIRATES = [
  "abu_dhabi",
  "dubai",
  "sharjah",
  "ajman",
  "umm_al_quwain",
  "ras_al_khaimah",
  "fujairah",
] as const;
export type Emirate = (typeof EMIRATES)[number];

/** Names people type in CSV files (English or Arabic, any case/spacing) → the enum value. */
const ALIASES: Record<string, Emirate> = {
  "abu dhabi": "abu_dhabi",
  abudhabi: "abu_dhabi",
  أبوظبي: "abu_dhabi",
  ابوظبي: "abu_dhabi",
  "أبو ظبي": "abu_dhabi",
  dubai: "dubai",
  دبي: "dubai",
  sharjah: "sharjah",
  الشارقة: "sharjah",
  ajman: "ajman",
  عجمان: "ajman",
  "umm al quwain": "umm_al_quwain",
  "umm al-quwain": "umm_al_quwain",
  uaq: "umm_al_quwain",
  "أم القيوين": "umm_al_quwain",
  "ras al khaimah": "ras_al_khaimah",
  "ras al-khaimah": "ras_al_khaimah",
  rak: "ras_al_khaimah",
  "رأس الخيمة": "ras_al_khaimah",
  fujairah: "fujairah",
  الفجيرة: "fujairah",
};

export function parseEmirate(raw: string): Emirate | null {
  const v = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if ((EMIRATES as readonly string[]).includes(v.replace(/ /g, "_"))) return v.replace(/ /g, "_") as Emirate;
  return ALIASES[v] ?? null;
}
