import { describe, expect, it } from "vitest";
import { isTalkKey, spaceBelongsTo } from "./space-to-talk";

const element = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, getAttribute: () => null, closest: () => null, ...extra }) as unknown as EventTarget;

describe("hold the space bar to talk", () => {
  it("leaves spaces to text fields, selects and editable text (the command bar still types)", () => {
    for (const tag of ["INPUT", "TEXTAREA", "SELECT", "input"])
      expect(spaceBelongsTo(element(tag)), tag).toBe(true);
    expect(spaceBelongsTo(element("DIV", { isContentEditable: true }))).toBe(true);
    expect(spaceBelongsTo(element("DIV", { getAttribute: () => "textbox" }))).toBe(true);
    expect(spaceBelongsTo(element("BUTTON", { closest: () => ({}) }))).toBe(true);
  });

  it("takes the space bar anywhere else on the page: body, buttons, links", () => {
    for (const tag of ["BODY", "BUTTON", "A", "DIV"]) expect(spaceBelongsTo(element(tag)), tag).toBe(false);
    expect(spaceBelongsTo(null)).toBe(false);
    expect(spaceBelongsTo({} as EventTarget)).toBe(false);
  });

  it("is the plain space bar only", () => {
    const key = { key: " ", ctrlKey: false, altKey: false, metaKey: false };
    expect(isTalkKey(key)).toBe(true);
    expect(isTalkKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isTalkKey({ ...key, metaKey: true })).toBe(false);
    expect(isTalkKey({ ...key, key: "Enter" })).toBe(false);
  });
});
