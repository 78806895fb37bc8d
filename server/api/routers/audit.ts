import { findAuditLogs, findAuditLogsInput } from "../../audit/queries";
import { createTRPCRouter, ownerProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  find: ownerProcedure.input(findAuditLogsInput).query(({ ctx, input }) => findAuditLogs(ctx.domain, input)),
});
