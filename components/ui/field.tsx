"use client";

import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { cx } from "./cx";

const CONTROL =
  "block w-full rounded-lg border bg-white px-3 text-base text-slate-900 placeholder:text-slate-400 disabled:bg-slate-100";

function controlClasses(error: string | undefined, className?: string) {
  return cx(CONTROL, error ? "border-owes-700" : "border-slate-400", className);
}

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: string;
  children: ReactNode;
};

/** Label above, hint and error below, ids wired for screen readers. */
function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-slate-500">({optional})</span> : null}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-owes-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

type Common = { label: ReactNode; hint?: ReactNode; error?: string; optional?: string };

export type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
    /** Text shown inside the box before the value, e.g. "₹". */
    prefix?: string;
    /** The input element (React 19 passes ref as a prop), e.g. to move focus to it. */
    ref?: Ref<HTMLInputElement>;
  };

export function TextField({ label, hint, error, optional, prefix, className, ...input }: TextFieldProps) {
  const id = useId();
  const control = (
    <input
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      className={controlClasses(error, cx("min-h-11", prefix && "pl-8", className))}
      {...input}
    />
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {prefix ? (
        <div className="relative">
          <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-600">
            {prefix}
          </span>
          {control}
        </div>
      ) : (
        control
      )}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

export function TextAreaField({ label, hint, error, optional, className, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses(error, cx("py-2", className))}
        {...textarea}
      />
    </FieldFrame>
  );
}

export type SelectFieldProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
    options: readonly { value: string; label: string }[];
    /** First, empty option ("Choose a state"). */
    placeholder?: string;
  };

export function SelectField({
  label,
  hint,
  error,
  optional,
  options,
  placeholder,
  className,
  ...select
}: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses(error, cx("min-h-11", className))}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type RadioGroupProps<T extends string> = {
  legend: ReactNode;
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string; description?: string }[];
  error?: string;
};

/** A fieldset of large, tappable radio cards. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
}: RadioGroupProps<T>) {
  const errorId = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={cx(
            "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border bg-white px-3 py-2",
            option.value === value ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-300",
          )}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            className="mt-1 size-4 accent-brand-600"
          />
          <span className="flex flex-col">
            <span className="font-medium">{option.label}</span>
            {option.description ? <span className="text-sm text-slate-600">{option.description}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-owes-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
