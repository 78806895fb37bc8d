import { AppError } from "../errors";

// A time picked "now" reaches the server a moment later: up to a minute ago still means now.
const NOW_TOLERANCE_MS = 60_000;

/** The send time, or now when it is within the last minute; earlier than that is refused. */
export function assertSendTimeAhead(sendAt: Date, now: Date): Date {
  if (Number.isNaN(sendAt.getTime())) {
    throw new AppError("BAD_REQUEST", "Choose when to send it", { sendAt: "Choose when to send it" });
  }
  if (sendAt.getTime() < now.getTime() - NOW_TOLERANCE_MS) {
    throw new AppError("BAD_REQUEST", "The send time is in the past", {
      sendAt: "The send time is in the past",
    });
  }
  return sendAt.getTime() < now.getTime() ? now : sendAt;
}
