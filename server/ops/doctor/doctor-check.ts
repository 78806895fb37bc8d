// One line of `npm run doctor` and of the owner's deployment page: what was checked, how it
// went, and for anything short of a pass, the fix in words an operator can act on at 2 am.
export type DoctorStatus = "pass" | "warn" | "fail";

export type DoctorCheck = {
  id: string;
  title: string;
  status: DoctorStatus;
  detail: string;
  fix?: string;
};

export const pass = (id: string, title: string, detail: string): DoctorCheck => ({
  id,
  title,
  status: "pass",
  detail,
});

export const warn = (id: string, title: string, detail: string, fix: string): DoctorCheck => ({
  id,
  title,
  status: "warn",
  detail,
  fix,
});

export const fail = (id: string, title: string, detail: string, fix: string): DoctorCheck => ({
  id,
  title,
  status: "fail",
  detail,
  fix,
});

/** fail when any check failed, warn when any warned, else pass. */
export function overallStatus(checks: DoctorCheck[]): DoctorStatus {
  if (checks.some((check) => check.status === "fail")) return "fail";
  return checks.some((check) => check.status === "warn") ? "warn" : "pass";
}

/** An error in one line an operator can act on: Prisma's last line, fetch's underlying cause. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error.cause as { code?: string; message?: string } | undefined) ?? undefined;
  const lines = error.message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const message = lines.at(-1) ?? error.name;
  return cause?.code || cause?.message ? `${message} (${cause.code ?? cause.message})` : message;
}
