import { changePassword } from "../../auth/change-password";
import { requestPasswordReset, resetPasswordWithLink } from "../../auth/password-reset";
import {
  changePasswordInput,
  requestPasswordResetInput,
  resetPasswordInput,
  signUpInput,
} from "../../auth/schema";
import { signOutEverywhere } from "../../auth/sessions";
import { signUpOwner } from "../../auth/sign-up";
import { createTRPCRouter, protectedProcedure, rateLimitedPublicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  signUp: rateLimitedPublicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const user = await signUpOwner({ db: ctx.db, input, requestId: ctx.requestId });
    return { userId: user.id, email: user.email };
  }),
  me: protectedProcedure.query(async ({ ctx }) => {
    const business = await ctx.db.business.findUniqueOrThrow({
      where: { id: ctx.user.businessId },
      select: { id: true, name: true, gstScheme: true, stateCode: true, gstin: true, upiVpa: true },
    });
    return {
      user: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email, role: ctx.user.role },
      business,
    };
  }),
  /** Ends every session of the caller on every device (this one too): the page then signs in again. */
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.domain)),
  /** Ends every session of the caller too: the page signs in again with the new password. */
  changePassword: protectedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.domain, input)),
  /** "Forgot password": public, limited per client address and (in the module) per account. */
  requestPasswordReset: rateLimitedPublicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) =>
      requestPasswordReset({ db: ctx.db, email: input.email, requestId: ctx.requestId }),
    ),
  resetPassword: rateLimitedPublicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPasswordWithLink({ db: ctx.db, ...input, requestId: ctx.requestId })),
});
