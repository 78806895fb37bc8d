import { describe, expect, it } from "vitest";
import { istDateToInstant, istRange, istTimeString, istWeekStart } from "./dates";
import { dateRangeInput } from "./schema";

describe("IST report dates", () => {
  it("starts an IST day at 18:30 UTC the evening before", () => {
    expect(istDateToInstant("2026-04-01").toISOString()).toBe("2026-03-31T18:30:00.000Z");
    expect(istRange("2026-04-01", "2026-04-30")).toEqual({
      start: new Date("2026-03-31T18:30:00.000Z"),
      end: new Date("2026-04-30T18:30:00.000Z"),
    });
  });

  it("counts the week from Monday 00:00 IST", () => {
    // Sunday 5 April 2026, 23:00 IST → Monday 30 March.
    expect(istWeekStart(new Date("2026-04-05T17:30:00Z")).toISOString()).toBe("2026-03-29T18:30:00.000Z");
    // Monday 6 April 2026, 00:30 IST (still Sunday in UTC) → that same Monday.
    expect(istWeekStart(new Date("2026-04-05T19:00:00Z")).toISOString()).toBe("2026-04-05T18:30:00.000Z");
  });

  it("formats the IST clock", () => {
    expect(istTimeString(new Date("2026-04-05T19:00:00Z"))).toBe("00:30");
  });

  it("accepts real ranges only", () => {
    expect(dateRangeInput.safeParse({ from: "2026-04-01", to: "2026-04-30" }).success).toBe(true);
    expect(dateRangeInput.safeParse({ from: "2026-04-30", to: "2026-04-01" }).success).toBe(false);
    expect(dateRangeInput.safeParse({ from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    expect(dateRangeInput.safeParse({ from: "2025-01-01", to: "2026-03-01" }).success).toBe(false);
    expect(dateRangeInput.safeParse({ from: "01-04-2026", to: "2026-04-30" }).success).toBe(false);
  });
});
