/** Just enough of a DOM element to decide, so the rule is testable without a browser. */
type FocusTarget = {
  tagName?: unknown;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
  closest?: (selector: string) => unknown;
};

const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const TYPING_ROLES = new Set(["textbox", "searchbox", "combobox", "spinbutton"]);

/**
 * Whether a space typed at this element belongs to it (a text field, a select, editable text, or
 * anything inside an open dialog) rather than to the page-wide hold-space-to-talk.
 */
export function spaceBelongsTo(target: EventTarget | null): boolean {
  const element = target as FocusTarget | null;
  if (!element || typeof element.tagName !== "string") return false;
  if (TYPING_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.isContentEditable) return true;
  const role = element.getAttribute?.("role");
  if (role && TYPING_ROLES.has(role)) return true;
  return Boolean(element.closest?.("dialog[open]"));
}

/** The space bar without modifiers (Ctrl+Space and friends belong to the browser or the OS). */
export function isTalkKey(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }) {
  return event.key === " " && !event.ctrlKey && !event.altKey && !event.metaKey;
}
