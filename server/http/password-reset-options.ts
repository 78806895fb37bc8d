// The forgot-password page asks here whether a link can be mailed (SMTP_URL, or development),
// so the browser bundle never carries the environment.
export { passwordResetByMailAvailable } from "../auth/password-reset";
