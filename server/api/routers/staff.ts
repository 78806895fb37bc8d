import { resetStaffPassword } from "../../auth/change-password";
import { resetStaffPasswordInput } from "../../auth/schema";
import { acceptInvitation } from "../../staff/accept-invitation";
import { createInvitation, revokeInvitation } from "../../staff/invitations";
import { listStaff, removeStaff } from "../../staff/members";
import {
  acceptInvitationInput,
  inviteStaffInput,
  removeStaffInput,
  revokeInvitationInput,
} from "../../staff/schema";
import { createTRPCRouter, ownerProcedure, rateLimitedPublicProcedure } from "../trpc";

export const staffRouter = createTRPCRouter({
  find: ownerProcedure.query(({ ctx }) => listStaff(ctx.domain)),
  invite: ownerProcedure
    .input(inviteStaffInput)
    .mutation(({ ctx, input }) => createInvitation(ctx.domain, input)),
  revokeInvitation: ownerProcedure
    .input(revokeInvitationInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.domain, input)),
  remove: ownerProcedure.input(removeStaffInput).mutation(({ ctx, input }) => removeStaff(ctx.domain, input)),
  resetPassword: ownerProcedure
    .input(resetStaffPasswordInput)
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.domain, input)),
  // Public (the invitee has no account yet) and rate limited per client, like sign-up.
  acceptInvitation: rateLimitedPublicProcedure
    .input(acceptInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitation({ db: ctx.db, input, requestId: ctx.requestId })),
});
