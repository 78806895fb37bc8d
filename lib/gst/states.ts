export type GstState = { code: string; name: string };

const CURRENT_STATES: readonly GstState[] = [
  { code: "01", name: "Jammu and Kashmir" },
  { code: "02", name: "Himachal Pradesh" },
  { code: "03", name: "Punjab" },
  { code: "04", name: "Chandigarh" },
  { code: "05", name: "Uttarakhand" },
  { code: "06", name: "Haryana" },
  { code: "07", name: "Delhi" },
  { code: "08", name: "Rajasthan" },
  { code: "09", name: "Uttar Pradesh" },
  { code: "10", name: "Bihar" },
  { code: "11", name: "Sikkim" },
  { code: "12", name: "Arunachal Pradesh" },
  { code: "13", name: "Nagaland" },
  { code: "14", name: "Manipur" },
  { code: "15", name: "Mizoram" },
  { code: "16", name: "Tripura" },
  { code: "17", name: "Meghalaya" },
  { code: "18", name: "Assam" },
  { code: "19", name: "West Bengal" },
  { code: "20", name: "Jharkhand" },
  { code: "21", name: "Odisha" },
  { code: "22", name: "Chhattisgarh" },
  { code: "23", name: "Madhya Pradesh" },
  { code: "24", name: "Gujarat" },
  { code: "26", name: "Dadra and Nagar Haveli and Daman and Diu" },
  { code: "27", name: "Maharashtra" },
  { code: "29", name: "Karnataka" },
  { code: "30", name: "Goa" },
  { code: "31", name: "Lakshadweep" },
  { code: "32", name: "Kerala" },
  { code: "33", name: "Tamil Nadu" },
  { code: "34", name: "Puducherry" },
  { code: "35", name: "Andaman and Nicobar Islands" },
  { code: "36", name: "Telangana" },
  { code: "37", name: "Andhra Pradesh" },
  { code: "38", name: "Ladakh" },
  { code: "97", name: "Other Territory" },
];

// Codes no longer offered for new supplies but still present in older GSTINs and documents
// (25 merged into 26 on 26 January 2020; 28 is undivided Andhra Pradesh).
const LEGACY_STATES: readonly GstState[] = [
  { code: "25", name: "Daman and Diu (before 26 Jan 2020)" },
  { code: "28", name: "Andhra Pradesh (before division)" },
];

const NAME_BY_CODE = new Map([...CURRENT_STATES, ...LEGACY_STATES].map((state) => [state.code, state.name]));

/** Current states and union territories sorted by name, for place-of-supply dropdowns. */
export const STATES: readonly GstState[] = [...CURRENT_STATES].sort((a, b) =>
  a.name.localeCompare(b.name, "en"),
);

export function isValidStateCode(code: string): boolean {
  return NAME_BY_CODE.has(code);
}

export function stateName(code: string): string | undefined {
  return NAME_BY_CODE.get(code);
}
