import type { QuietHours } from "@/lib/reminders/send-time";
import { env } from "../env";

/** The quiet hours reminders respect (REMINDER_QUIET_HOURS, default 21:00–09:00 IST). */
export function quietHours(setting = env().REMINDER_QUIET_HOURS): QuietHours {
  if (setting === "none") return null;
  const [fromHour, untilHour] = setting.split("-").map(Number) as [number, number];
  return { fromHour, untilHour };
}
