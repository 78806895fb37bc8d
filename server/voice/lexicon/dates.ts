import { WordSet } from "../word-set";

export const TODAY = new WordSet("aaj aj today tonight aajj आज");
/** "kal" is tomorrow for a future action and yesterday for a past one. */
export const KAL = new WordSet("kal kl कल");
export const TOMORROW = new WordSet("tomorrow tomorow tommorow tommorrow tmrw tmr");
export const YESTERDAY = new WordSet("yesterday yesterdy");
export const PARSO = new WordSet("parso parson parsoon parsun parsu परसों परसो");
export const NARSO = new WordSet("narso narson नरसों");
export const DAY_UNIT = new WordSet("din dino dinon day days दिन दिनों");
export const WEEK_UNIT = new WordSet("hafta hafte hafton haphte week weeks saptah हफ्ता हफ्ते हफ़्ते सप्ताह");
export const MONTH_UNIT = new WordSet("mahina mahine mahino mahinon month months महीना महीने");
export const HOUR_UNIT = new WordSet("ghante ghanta ghanton hour hours hrs hr घंटे घंटा");
export const MINUTE_UNIT = new WordSet("minute minutes mins min minat मिनट");
export const AFTER = new WordSet("baad bad later after mein me main men बाद में");
export const BEFORE = new WordSet("pehle pahle ago before पहले");
export const NEXT = new WordSet("agle agla agli next coming upcoming aane अगले अगला अगली");
export const LAST = new WordSet("pichhle pichla pichhli last previous पिछले पिछला");
export const DAY_OF_MONTH = new WordSet("tarikh tareekh tarik tareek taarikh tarikh date तारीख़ तारीख");
export const TIME_OF_DAY = new WordSet(
  "subah shaam sham raat dopahar morning evening night afternoon सुबह शाम रात दोपहर",
);

// biome-ignore format: table, Sunday = 0 like Date#getUTCDay
export const WEEKDAY_ROWS: readonly string[] = [
  "ravivar raviwar itvaar itwar itvar etwar sunday रविवार इतवार",
  "somvar somwar somvaar monday mon सोमवार",
  "mangalvar mangalwar mangalvaar tuesday tue tues मंगलवार",
  "budhvar budhwar budhvaar wednesday wed बुधवार",
  "guruvar guruwar brihaspativar brihaspatiwar veervar virvar thursday thu thurs गुरुवार बृहस्पतिवार वीरवार",
  "shukravar shukrawar shukravaar friday fri शुक्रवार",
  "shanivar shaniwar shanivaar saturday शनिवार",
];

// biome-ignore format: table, January = 0
export const MONTH_ROWS: readonly string[] = [
  "january jan janvari janavri janwari जनवरी",
  "february feb farvari farwari pharvari फरवरी फ़रवरी",
  "march mar मार्च",
  "april apr aprail अप्रैल",
  "may mai मई",
  "june jun joon जून",
  "july jul julai जुलाई",
  "august aug agast अगस्त",
  "september sep sept sitambar sitamber सितंबर सितम्बर",
  "october oct aktubar aktoobar अक्टूबर",
  "november nov navambar navamber नवंबर नवम्बर",
  "december dec disambar disamber दिसंबर दिसम्बर",
];

export const WEEKDAYS = WEEKDAY_ROWS.map((row) => new WordSet(row));
export const MONTHS = MONTH_ROWS.map((row) => new WordSet(row));
