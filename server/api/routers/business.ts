import { getBusiness, updateBusiness, updateBusinessInput } from "../../business/settings";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

export const businessRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getBusiness(ctx.domain)),
  update: ownerProcedure
    .input(updateBusinessInput)
    .mutation(({ ctx, input }) => updateBusiness(ctx.domain, input)),
});
