import { z } from "zod";
import { istDateToInstant } from "./dates";

const MAX_RANGE_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day in India, "YYYY-MM-DD". */
export const istDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-04-01")
  .refine((value) => {
    const instant = istDateToInstant(value);
    return !Number.isNaN(instant.getTime()) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  }, "Not a real date");

const rangeFields = { from: istDate, to: istDate };

export function checkRange(range: { from: string; to: string }, ctx: z.RefinementCtx) {
  const days = (istDateToInstant(range.to).getTime() - istDateToInstant(range.from).getTime()) / DAY_MS;
  if (days < 0)
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  else if (days >= MAX_RANGE_DAYS) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `At most ${MAX_RANGE_DAYS} days at a time` });
  }
}

export const dateRangeInput = z.object(rangeFields).superRefine(checkRange);

export const daybookInput = z
  .object({
    ...rangeFields,
    cursor: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkRange);

export const agingInput = z.object({
  /** Ages are counted up to this IST day; today when absent. Balances are always current. */
  asOf: istDate.optional(),
  cursor: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(25),
});

export const exportReportName = z.enum(["daybook", "aging", "gst", "customers"]);

/** Query string of GET /api/export/[report]; which fields are needed depends on the report. */
export const exportQuery = z.object({
  from: istDate.optional(),
  to: istDate.optional(),
  asOf: istDate.optional(),
});

export type DateRange = z.output<typeof dateRangeInput>;
export type DaybookInput = z.output<typeof daybookInput>;
export type AgingInput = z.output<typeof agingInput>;
export type ExportReportName = z.output<typeof exportReportName>;
