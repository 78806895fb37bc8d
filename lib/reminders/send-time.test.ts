import { describe, expect, it } from "vitest";
import { istDayBounds, nextMorningAfter, outOfQuietHours } from "./send-time";
import { defaultTemplate, renderTemplate, unknownTemplateVariables } from "./template";

const ist = (text: string) => new Date(`${text}+05:30`);

describe("when a reminder may go out", () => {
  it("keeps a daytime send time and moves a late-night or early-morning one to 09:00 IST", () => {
    expect(outOfQuietHours(ist("2026-12-02T10:15:00"))).toEqual(ist("2026-12-02T10:15:00"));
    expect(outOfQuietHours(ist("2026-12-02T20:59:59"))).toEqual(ist("2026-12-02T20:59:59"));
    expect(outOfQuietHours(ist("2026-12-02T21:00:00"))).toEqual(ist("2026-12-03T09:00:00"));
    expect(outOfQuietHours(ist("2026-12-02T23:30:00"))).toEqual(ist("2026-12-03T09:00:00"));
    expect(outOfQuietHours(ist("2026-12-03T02:00:00"))).toEqual(ist("2026-12-03T09:00:00"));
    expect(outOfQuietHours(ist("2026-12-03T08:59:00"))).toEqual(ist("2026-12-03T09:00:00"));
  });

  it("moves a second reminder of the day to the next morning, on the IST calendar", () => {
    // 00:30 IST on the 3rd is still the 2nd in UTC.
    expect(nextMorningAfter(ist("2026-12-03T00:30:00"))).toEqual(ist("2026-12-04T09:00:00"));
    expect(istDayBounds(ist("2026-12-03T00:30:00"))).toEqual({
      start: ist("2026-12-03T00:00:00"),
      end: ist("2026-12-04T00:00:00"),
    });
  });
});

describe("reminder text", () => {
  it("refuses words it cannot fill in", () => {
    expect(unknownTemplateVariables("Hi {name}, pay {amount} by {due_date} {amount} {}")).toEqual([
      "due_date",
      "",
    ]);
    expect(unknownTemplateVariables(defaultTemplate("EN"))).toEqual([]);
    expect(unknownTemplateVariables(defaultTemplate("HI"))).toEqual([]);
  });

  it("fills the variables and leaves out a line whose link the shop does not have", () => {
    const text = renderTemplate(defaultTemplate("EN"), {
      name: "Rahul Sharma",
      amount: "₹1,200",
      shop: "Gupta Kirana",
      statement_link: "https://shop.example/s/abc",
    });
    expect(text).toBe(
      "Namaste Rahul Sharma, ₹1,200 is due at Gupta Kirana.\nYour statement: https://shop.example/s/abc\nThank you!",
    );
  });
});
