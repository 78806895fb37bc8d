import { STATES } from "@/lib/gst/states";

/** GST states and union territories for <SelectField options>, labelled "Maharashtra (27)". */
export const STATE_OPTIONS = STATES.map((state) => ({
  value: state.code,
  label: `${state.name} (${state.code})`,
}));
