import enAudit from "@/messages/en/audit.json";
import enAuth from "@/messages/en/auth.json";
import enCommon from "@/messages/en/common.json";
import enCustomers from "@/messages/en/customers.json";
import enErrors from "@/messages/en/errors.json";
import enHome from "@/messages/en/home.json";
import enImport from "@/messages/en/import.json";
import enInvoices from "@/messages/en/invoices.json";
import enLedger from "@/messages/en/ledger.json";
import enProducts from "@/messages/en/products.json";
import enPublic from "@/messages/en/public.json";
import enReminders from "@/messages/en/reminders.json";
import enReports from "@/messages/en/reports.json";
import enSettings from "@/messages/en/settings.json";
import enVoice from "@/messages/en/voice.json";
import hiAudit from "@/messages/hi/audit.json";
import hiAuth from "@/messages/hi/auth.json";
import hiCommon from "@/messages/hi/common.json";
import hiCustomers from "@/messages/hi/customers.json";
import hiErrors from "@/messages/hi/errors.json";
import hiHome from "@/messages/hi/home.json";
import hiImport from "@/messages/hi/import.json";
import hiInvoices from "@/messages/hi/invoices.json";
import hiLedger from "@/messages/hi/ledger.json";
import hiProducts from "@/messages/hi/products.json";
import hiPublic from "@/messages/hi/public.json";
import hiReminders from "@/messages/hi/reminders.json";
import hiReports from "@/messages/hi/reports.json";
import hiSettings from "@/messages/hi/settings.json";
import hiVoice from "@/messages/hi/voice.json";
import type { Locale } from "./config";

/**
 * Every namespace, per language. To add one: create messages/en/<ns>.json and messages/hi/<ns>.json
 * with the same keys, import both here and add them to both objects (messages.test.ts checks parity).
 */
const EN = {
  common: enCommon,
  auth: enAuth,
  errors: enErrors,
  home: enHome,
  customers: enCustomers,
  ledger: enLedger,
  settings: enSettings,
  audit: enAudit,
  products: enProducts,
  invoices: enInvoices,
  reports: enReports,
  import: enImport,
  voice: enVoice,
  public: enPublic,
  reminders: enReminders,
};

export type Namespace = keyof typeof EN;
/** The English messages' exact shape: translation keys are type-checked against it. */
export type EnglishMessages = typeof EN;
export type Messages = { [key: string]: string | Messages };

export const RESOURCES: Record<Locale, Record<Namespace, Messages>> & { en: typeof EN } = {
  en: EN,
  hi: {
    common: hiCommon,
    auth: hiAuth,
    errors: hiErrors,
    home: hiHome,
    customers: hiCustomers,
    ledger: hiLedger,
    settings: hiSettings,
    audit: hiAudit,
    products: hiProducts,
    invoices: hiInvoices,
    reports: hiReports,
    import: hiImport,
    voice: hiVoice,
    public: hiPublic,
    reminders: hiReminders,
  },
};

export const NAMESPACES = Object.keys(EN) as Namespace[];
