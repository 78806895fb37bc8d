import { formatInr } from "@/lib/money/paise";
import type { PublicStatement } from "@/server/http/routes/public-pages";
import type { Locale } from "../i18n/config";
import { cx } from "../ui/cx";
import { formatDay, type PublicT } from "./public-t";
import { statementLineLabel } from "./statement-line-label";

type Props = { t: PublicT; locale: Locale; statement: PublicStatement };

/** Entries oldest first with the running balance; undone lines struck through and not counted. */
export function StatementTable({ t, locale, statement }: Props) {
  const opening = statement.truncated ? t("public:statement.openingEarlier") : t("public:statement.opening");
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm" data-testid="public-statement-lines">
        <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
          <tr>
            <th className="p-2">{t("public:statement.date")}</th>
            <th className="p-2">{t("public:statement.entry")}</th>
            <th className="p-2 text-right">{t("public:statement.took")}</th>
            <th className="p-2 text-right">{t("public:statement.paidColumn")}</th>
            <th className="p-2 text-right">{t("public:statement.balance")}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-slate-200">
            <td className="p-2">{statement.from ? formatDay(locale, statement.from) : ""}</td>
            <td className="p-2" colSpan={3}>
              {opening}
            </td>
            <td className="tabular p-2 text-right">{formatInr(statement.openingPaise)}</td>
          </tr>
          {statement.lines.map((line) => {
            const counted = line.kind !== "UNDONE" && line.kind !== "REVERSAL";
            const amount = formatInr(Math.abs(line.amountPaise));
            const cell = cx("tabular p-2 text-right", !counted && "text-slate-500 line-through");
            return (
              <tr key={line.id} className="border-t border-slate-200" data-kind={line.kind}>
                <td className="p-2 whitespace-nowrap">{formatDay(locale, line.date)}</td>
                <td className={cx("p-2", !counted && "text-slate-500")}>{statementLineLabel(t, line)}</td>
                <td className={cell}>{line.amountPaise > 0 ? amount : ""}</td>
                <td className={cell}>{line.amountPaise < 0 ? amount : ""}</td>
                <td className="tabular p-2 text-right">{formatInr(line.balancePaise)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {statement.lines.length === 0 ? (
        <p className="p-3 text-slate-600">{t("public:statement.empty")}</p>
      ) : null}
    </div>
  );
}
