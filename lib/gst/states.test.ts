import { describe, expect, it } from "vitest";
import { isValidStateCode, STATES, stateName } from "./states";

describe("GST states", () => {
  it("names codes", () => {
    expect(stateName("27")).toBe("Maharashtra");
    expect(stateName("07")).toBe("Delhi");
    expect(stateName("01")).toBe("Jammu and Kashmir");
    expect(stateName("38")).toBe("Ladakh");
    expect(stateName("97")).toBe("Other Territory");
    expect(stateName("99")).toBeUndefined();
  });

  it("validates codes, including legacy ones found in older GSTINs", () => {
    expect(isValidStateCode("29")).toBe(true);
    expect(isValidStateCode("25")).toBe(true);
    expect(isValidStateCode("7")).toBe(false);
    expect(isValidStateCode("00")).toBe(false);
    expect(isValidStateCode("39")).toBe(false);
  });

  it("lists current states sorted by name without legacy codes", () => {
    const names = STATES.map((state) => state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(STATES).toHaveLength(37);
    expect(STATES.some((state) => state.code === "25" || state.code === "28")).toBe(false);
    expect(new Set(STATES.map((state) => state.code)).size).toBe(STATES.length);
    expect(STATES[0]?.name).toBe("Andaman and Nicobar Islands");
  });
});
