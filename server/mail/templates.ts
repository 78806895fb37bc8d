import type { MailMessage } from "./send-mail";

// Keys under devOnly avoid the logger's redact list ("code"), which would hide them in development.

export function deletionCodeMail(input: { to: string; code: string; businessName: string }): MailMessage {
  return {
    template: "customer-deletion-code",
    to: input.to,
    subject: `${input.code} is your Execora code to delete a customer`,
    text: [
      `Someone signed in as the owner of ${input.businessName} asked to delete a customer's personal data.`,
      "",
      `Your code: ${input.code}`,
      "",
      "It works once and expires in 10 minutes. Invoices and khata entries are kept, as GST law requires.",
      "If you did not ask for this, ignore this email and change your password.",
    ].join("\n"),
    devOnly: { oneTimeCode: input.code },
  };
}

export function staffInvitationMail(input: { to: string; link: string; businessName: string }): MailMessage {
  return {
    template: "staff-invitation",
    to: input.to,
    subject: `You are invited to join ${input.businessName} on Execora`,
    text: [
      `${input.businessName} invited you to help keep their khata on Execora.`,
      "",
      `Accept the invitation: ${input.link}`,
      "",
      "The link works once and expires in 7 days.",
    ].join("\n"),
    devOnly: { inviteLink: input.link },
  };
}

export function passwordResetMail(input: { to: string; link: string }): MailMessage {
  return {
    template: "password-reset",
    to: input.to,
    subject: "Set a new Execora password",
    text: [
      "Someone (we hope you) asked to set a new password for your Execora login.",
      "",
      `Set a new password: ${input.link}`,
      "",
      "The link works once and expires in 1 hour. Setting a new password signs you out on every device.",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
    devOnly: { resetLink: input.link },
  };
}
