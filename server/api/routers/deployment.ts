import { checkThisDeployment } from "../../ops/doctor/run-doctor";
import { createTRPCRouter, ownerProcedure } from "../trpc";

export const deploymentRouter = createTRPCRouter({
  check: ownerProcedure.query(() => checkThisDeployment()),
});
