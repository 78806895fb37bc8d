"use client";

import { type ChangeEvent, useCallback, useState } from "react";

type Element = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Controlled string fields without a form library:
 *   const { values, bind, set } = useFormValues({ name: "", phone: "" });
 *   <TextField label=… {...bind("name")} />
 */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);
  const bind = useCallback(
    <K extends keyof T & string>(name: K) => ({
      name,
      value: values[name],
      onChange: (event: ChangeEvent<Element>) => set(name, event.target.value as T[K]),
    }),
    [values, set],
  );
  return { values, set, bind, reset: () => setValues(initial) };
}
