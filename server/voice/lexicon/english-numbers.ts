// biome-ignore format: table
export const ENGLISH_SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

// biome-ignore format: table
export const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, ninty: 90,
};

export const ENGLISH_MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  hundreds: 100,
  thousand: 1000,
  thousands: 1000,
  k: 1000,
  million: 1_000_000,
};

// biome-ignore format: table
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  pehli: 1, pahli: 1,
};

/** Whole-number stand-ins: dedh 1½, dhai 2½, aadha ½, paav ¼ (of a kilo). */
// biome-ignore format: table
export const FRACTION_WORDS: readonly (readonly [number, string, string])[] = [
  [1.5, "dedh derh dedha dodh", "डेढ़ डेढ"],
  [2.5, "dhai dhaai adhai arhai dhaee", "ढाई"],
  [0.5, "aadha adha aadhi adhi aadhe adhe half", "आधा आधी आधे"],
  [0.25, "paav pav pao paw quarter", "पाव"],
];

/** sava +¼, saade +½, paune −¼ of the number that follows ("saade teen sau" = 350). */
// biome-ignore format: table
export const FRACTION_PREFIXES: readonly (readonly [number, string, string])[] = [
  [0.25, "sava savaa sawa sawaa", "सवा"],
  [0.5, "saade sade saadhe sadhe sarhe saarhe", "साढ़े साढे"],
  [-0.25, "paune pone paun pauna", "पौने"],
];
