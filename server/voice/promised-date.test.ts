import { describe, expect, it } from "vitest";
import { promisedDate } from "./promised-date";

// Wednesday 11 March 2026, 10:30 IST.
const now = new Date("2026-03-11T10:30:00+05:30");

describe("the day a customer's reply promises to pay", () => {
  it("reads Hinglish, Hindi and English days", () => {
    expect(promisedDate("Friday ko dunga", now)).toBe("2026-03-13");
    expect(promisedDate("kal de dunga bhai", now)).toBe("2026-03-12");
    expect(promisedDate("10 tarikh tak kar dunga", now)).toBe("2026-04-10");
    expect(promisedDate("parso pakka", now)).toBe("2026-03-13");
  });

  it("finds no day in a reply without one", () => {
    expect(promisedDate("ok thank you", now)).toBeNull();
    expect(promisedDate("₹500 bhej diye", now)).toBeNull();
  });
});
