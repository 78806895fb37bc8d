import { describe, expect, it } from "vitest";
import { clientKeyFrom } from "./client-key";

describe("client key for rate limits", () => {
  it("takes the address our proxy appended, not the one the client wrote first", () => {
    const spoofed = new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" });
    expect(clientKeyFrom(spoofed)).toBe("203.0.113.9");
    expect(clientKeyFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("falls back to x-real-ip, then to one shared key", () => {
    expect(clientKeyFrom(new Headers({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientKeyFrom(new Headers())).toBe("local");
  });
});
