import { z } from "zod";

export { acceptInvitationInput, inviteStaffInput } from "../auth/schema";

export const removeStaffInput = z.object({ userId: z.string().min(1).max(64) });
export const revokeInvitationInput = z.object({ invitationId: z.string().min(1).max(64) });
