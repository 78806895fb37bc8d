import type { StatementLine } from "@/server/http/routes/public-pages";
import type { PublicT } from "./public-t";

/** How one statement line reads: a bill, goods on credit, a payment — or undone and not counted. */
export function statementLineLabel(t: PublicT, line: StatementLine): string {
  if (line.kind === "REVERSAL") return t("public:statement.line.undo");
  const what =
    line.kind === "ADJUSTMENT"
      ? t("public:statement.line.adjustment")
      : line.amountPaise > 0
        ? line.invoiceNumber
          ? t("public:statement.line.bill", { number: line.invoiceNumber })
          : t("public:statement.line.goods")
        : t("public:statement.line.payment");
  return line.kind === "UNDONE" ? t("public:statement.line.undone", { what }) : what;
}
