import type { ReactNode } from "react";
import { cx } from "./cx";

type Tone = "error" | "success" | "info";

const TONES: Record<Tone, string> = {
  error: "border-owes-700/30 bg-owes-50 text-owes-700",
  success: "border-advance-700/30 bg-advance-50 text-advance-700",
  info: "border-brand-600/30 bg-brand-50 text-brand-800",
};

/** A form-level message; errors are announced immediately (role="alert"). */
export function Alert({
  tone = "error",
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  if (!children) return null;
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cx("rounded-lg border px-3 py-2 text-sm font-medium", TONES[tone], className)}
    >
      {children}
    </div>
  );
}
