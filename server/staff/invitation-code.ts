import { newOneTimeToken, oneTimeTokenHash, tokenLink } from "../auth/one-time-token";

export const newInvitationCode = newOneTimeToken;
export const invitationCodeHash = oneTimeTokenHash;

export function invitationLink(code: string): string {
  return tokenLink("/accept-invite", "code", code);
}
