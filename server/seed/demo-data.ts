import type { CreateProductInput } from "../products/schema";

// The demo shop `npm start` creates on an empty embedded database: a Pune kirana store whose
// khata looks like a real one — Hindi and English names, two Rahuls, local product names.
export const DEMO_OWNER_EMAIL = "demo@execora.local";
export const DEMO_STAFF_EMAIL = "staff@execora.local";
export const DEMO_PASSWORD = "execora-demo";

export const DEMO_BUSINESS = {
  businessName: "Sharma Kirana Store",
  stateCode: "27",
  gstScheme: "REGULAR" as const,
  /** PAN-based GSTIN body for Maharashtra; the check character is computed, not typed. */
  gstinFirst14: "27ABGPS4321K1Z",
  upiVpa: "sharmakirana@upi",
  phone: "9822012345",
  address: "Shop 4, Laxmi Road, Pune 411030",
  ownerName: "Ramesh Sharma",
  staffName: "Sunil Pawar",
};

export type DemoCustomer = {
  name: string;
  phone?: string;
  email?: string;
  /** The GSTIN without its check character, which the seed computes. */
  gstinFirst14?: string;
  stateCode?: string;
  creditLimitPaise?: number;
};

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  { name: "Rahul Sharma", phone: "9876543210", creditLimitPaise: 500_000 },
  { name: "Rahul Gupta", phone: "9823456789" },
  { name: "Priya Verma", phone: "9765432109", email: "priya.verma@example.in" },
  { name: "सुनीता देवी", phone: "9123456780" },
  { name: "Amit Patil", phone: "9011223344" },
  { name: "Sneha Kulkarni", phone: "8007654321" },
  { name: "राजेश कुमार", phone: "7020304050" },
  { name: "Mohammed Irfan", phone: "9870011223" },
  { name: "Anjali Deshmukh" },
  { name: "Vikram Singh", phone: "9988776655", creditLimitPaise: 200_000 },
  { name: "Hotel Shivneri", phone: "9850098500", stateCode: "27", gstinFirst14: "27AAFFH5678L1Z" },
  { name: "Karnataka Foods", phone: "9845012345", stateCode: "29", gstinFirst14: "29AACCK2468M1Z" },
];

type DemoProduct = Omit<CreateProductInput, "lowStock" | "stock"> & {
  stock: number;
  lowStock: number | null;
};

/** Prices in paise, stock in milli-units; GST rates from the GST 2.0 slabs. */
export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    name: "Rice",
    aliases: ["chawal", "चावल", "basmati"],
    unit: "kg",
    pricePaise: 6_000,
    gstRateBp: 500,
    hsn: "1006",
    stock: 120_000,
    lowStock: 20_000,
  },
  {
    name: "Sugar",
    aliases: ["cheeni", "shakkar", "चीनी"],
    unit: "kg",
    pricePaise: 4_600,
    gstRateBp: 500,
    hsn: "1701",
    stock: 80_000,
    lowStock: 15_000,
  },
  {
    name: "Wheat flour",
    aliases: ["atta", "aata", "आटा"],
    unit: "kg",
    pricePaise: 4_200,
    gstRateBp: 500,
    hsn: "1101",
    stock: 150_000,
    lowStock: 25_000,
  },
  {
    name: "Toor dal",
    aliases: ["arhar dal", "tuvar", "तूर दाल"],
    unit: "kg",
    pricePaise: 16_000,
    gstRateBp: 500,
    hsn: "0713",
    stock: 40_000,
    lowStock: 10_000,
  },
  {
    name: "Mustard oil",
    aliases: ["sarson tel", "सरसों तेल"],
    unit: "litre",
    pricePaise: 18_000,
    gstRateBp: 500,
    hsn: "1514",
    stock: 30_000,
    lowStock: 5_000,
  },
  {
    name: "Tea",
    aliases: ["chai patti", "चाय पत्ती"],
    unit: "packet",
    pricePaise: 13_000,
    gstRateBp: 500,
    hsn: "0902",
    stock: 40_000,
    lowStock: 8_000,
  },
  {
    name: "Salt",
    aliases: ["namak", "नमक"],
    unit: "packet",
    pricePaise: 2_800,
    gstRateBp: 0,
    hsn: "2501",
    stock: 60_000,
    lowStock: 10_000,
  },
  {
    name: "Milk",
    aliases: ["doodh", "दूध"],
    unit: "litre",
    pricePaise: 6_800,
    gstRateBp: 0,
    hsn: "0401",
    stock: 25_000,
    lowStock: 10_000,
  },
  {
    name: "Eggs",
    aliases: ["anda", "ande", "अंडा"],
    unit: "dozen",
    pricePaise: 8_400,
    gstRateBp: 0,
    hsn: "0407",
    stock: 20_000,
    lowStock: 5_000,
  },
  {
    name: "Parle-G biscuits",
    aliases: ["biscuit", "बिस्कुट"],
    unit: "packet",
    pricePaise: 1_000,
    gstRateBp: 500,
    hsn: "1905",
    stock: 200_000,
    lowStock: 30_000,
  },
  {
    name: "Bath soap",
    aliases: ["sabun", "साबुन"],
    unit: "piece",
    pricePaise: 4_500,
    gstRateBp: 500,
    hsn: "3401",
    stock: 48_000,
    lowStock: 12_000,
  },
  {
    name: "Ghee",
    aliases: ["desi ghee", "घी"],
    unit: "litre",
    pricePaise: 65_000,
    gstRateBp: 500,
    hsn: "0405",
    stock: 8_000,
    lowStock: 2_000,
  },
  {
    name: "Onion",
    aliases: ["pyaz", "kanda", "प्याज"],
    unit: "kg",
    pricePaise: 3_500,
    gstRateBp: 0,
    hsn: "0703",
    stock: 90_000,
    lowStock: 20_000,
  },
  {
    name: "Detergent powder",
    aliases: ["surf", "washing powder"],
    unit: "packet",
    pricePaise: 11_000,
    gstRateBp: 1_800,
    hsn: "3402",
    stock: 24_000,
    lowStock: 6_000,
  },
  {
    name: "Cold drink",
    aliases: ["thanda", "soft drink"],
    unit: "bottle",
    pricePaise: 4_000,
    gstRateBp: 4_000,
    hsn: "2202",
    stock: 36_000,
    lowStock: 6_000,
  },
];

/** Khata history by customer index: positive = "you gave" (credit), negative = "you got" (payment). */
export const DEMO_LEDGER: { customer: number; amountPaise: number; note?: string; mode?: "CASH" | "UPI" }[] =
  [
    { customer: 0, amountPaise: 250_000, note: "Monthly ration" },
    { customer: 0, amountPaise: -100_000, mode: "UPI" },
    { customer: 1, amountPaise: 85_000, note: "Dal, rice, oil" },
    { customer: 2, amountPaise: 42_000 },
    { customer: 2, amountPaise: -42_000, mode: "CASH" },
    { customer: 3, amountPaise: 120_000, note: "Diwali saman" },
    { customer: 3, amountPaise: -50_000, mode: "CASH" },
    { customer: 4, amountPaise: 35_050 },
    { customer: 6, amountPaise: 310_000, note: "Shaadi ka saman" },
    { customer: 6, amountPaise: -150_000, mode: "UPI" },
    { customer: 7, amountPaise: 18_000 },
    { customer: 9, amountPaise: 240_000, note: "Over the limit on purpose" },
    { customer: 10, amountPaise: 560_000, note: "Hotel supplies" },
    { customer: 10, amountPaise: -300_000, mode: "UPI" },
  ];
