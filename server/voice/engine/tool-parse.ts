import { detectLanguage } from "../language";
import { parseCommand } from "../parse-command";
import { findPeriod } from "../period";
import { promisedDate } from "../promised-date";
import type { CustomerSlot, EntityCatalog, Intent, ParsedCommand, PaymentMode, Slot } from "../types";
import {
  groundAmount,
  groundCustomer,
  groundItems,
  groundNewName,
  groundPhone,
  hearTranscript,
} from "./grounding";
import { TOOL_SCHEMAS, type ToolName } from "./tool-schema";

/** What was not heard in the transcript (or not well-formed), so nothing runs. */
export type Ungrounded = "args" | "customer" | "amount" | "items" | "phone";

export type ToolReading =
  | { parsed: ParsedCommand }
  | { ungrounded: Ungrounded; language: ParsedCommand["language"] };

// A grounded tool call is as sure as a clear parse; names that are ambiguous or new are still
// asked about by planCommand, exactly as on the fast path.
const GROUNDED_CONFIDENCE = 0.9;

const blank = (intent: Intent, language: ParsedCommand["language"]): ParsedCommand => ({
  intent,
  customer: null,
  amountPaise: null,
  items: [],
  unmatchedProducts: [],
  date: null,
  note: null,
  phone: null,
  paymentMode: null,
  language,
  confidence: GROUNDED_CONFIDENCE,
  missing: [],
});

const customerMissing = (slot: CustomerSlot): Slot[] =>
  slot.kind === "matched" || slot.kind === "new" ? [] : ["customer"];

/**
 * The LLM's tool call as the command the parser would have produced, with every slot taken from
 * the transcript (grounded), or what could not be grounded.
 */
export function readToolCall(
  tool: ToolName,
  rawArgs: unknown,
  transcript: string,
  catalog: EntityCatalog,
): ToolReading {
  const heard = hearTranscript(transcript);
  const language = detectLanguage(heard.tokens);
  const base = blank(tool, language);
  const fail = (ungrounded: Ungrounded): ToolReading => ({ ungrounded, language });
  const parsedArgs = TOOL_SCHEMAS[tool].safeParse(rawArgs ?? {});
  if (!parsedArgs.success) return fail("args");
  const args = parsedArgs.data as Record<string, unknown>;
  if (tool === "list_dues" || tool === "undo_last" || tool === "get_total_due") return { parsed: base };
  // The period comes from the transcript with the parser's own words, like a reminder's day.
  if (tool === "get_collections") {
    const period = findPeriod(heard.tokens, new Date());
    return { parsed: { ...base, period, date: period.from } };
  }
  if (tool === "add_customer") {
    const name = groundNewName(heard, String(args.name));
    if (!name) return fail("customer");
    const phone = groundPhone(heard, args.phone as string | undefined);
    if (phone === false) return fail("phone");
    return { parsed: { ...base, customer: { kind: "new", name }, phone } };
  }
  const customer = groundCustomer(heard, catalog, String(args.customer));
  if (!customer) return fail("customer");
  const parsed: ParsedCommand = { ...base, customer, missing: customerMissing(customer) };
  if (tool === "record_payment" || tool === "record_credit") {
    const amountPaise = groundAmount(heard, Number(args.amountRupees));
    if (amountPaise === null) return fail("amount");
    const paymentMode = tool === "record_payment" ? ((args.mode as PaymentMode | undefined) ?? null) : null;
    // The entry's day and note as the fast parser reads them, so the model cannot invent either.
    const fast = parseCommand(transcript, { now: new Date(), catalog });
    const said = fast.intent === tool ? { date: fast.date, note: fast.note } : {};
    return { parsed: { ...parsed, amountPaise, paymentMode, ...said } };
  }
  if (tool === "create_invoice") {
    const items = groundItems(heard, catalog, args.items as Parameters<typeof groundItems>[2]);
    if (!items) return fail("items");
    return { parsed: { ...parsed, items } };
  }
  if (tool === "schedule_reminder")
    return { parsed: { ...parsed, date: promisedDate(transcript, new Date()) } };
  return { parsed };
}
