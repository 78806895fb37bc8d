import { receivablesAging } from "../../reports/aging";
import { dashboardSummary } from "../../reports/dashboard";
import { daybook } from "../../reports/daybook";
import { gstSummary } from "../../reports/gst-summary";
import { agingInput, dateRangeInput, daybookInput } from "../../reports/schema";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

// Staff see what they need to collect money (dashboard, daybook, aging); the GST summary is the
// owner's tax filing, so owner only.
export const reportsRouter = createTRPCRouter({
  dashboard: protectedProcedure.query(({ ctx }) => dashboardSummary(ctx.domain)),
  daybook: protectedProcedure.input(daybookInput).query(({ ctx, input }) => daybook(ctx.domain, input)),
  aging: protectedProcedure.input(agingInput).query(({ ctx, input }) => receivablesAging(ctx.domain, input)),
  gstSummary: ownerProcedure.input(dateRangeInput).query(({ ctx, input }) => gstSummary(ctx.domain, input)),
});
