"use client";

import { cx } from "./cx";

type ChoiceChipsProps<T extends string> = {
  legend: string;
  /** Hide the legend visually (it is still read out). */
  hideLegend?: boolean;
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
};

/** A compact single-choice group (sort order, payment mode): radios styled as pills. */
export function ChoiceChips<T extends string>({
  legend,
  hideLegend,
  name,
  value,
  onChange,
  options,
}: ChoiceChipsProps<T>) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className={cx("mb-1 text-sm font-medium text-slate-800", hideLegend && "sr-only")}>
        {legend}
      </legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              "relative inline-flex min-h-9 cursor-pointer items-center rounded-full border px-3 text-sm font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              option.value === value
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
