import { describe, expect, it } from "vitest";
import { resolveLocale } from "./config";

describe("resolveLocale", () => {
  it("uses the locale cookie when it names a supported language", () => {
    expect(resolveLocale("hi", "en-US,en;q=0.9")).toBe("hi");
    expect(resolveLocale("en", "hi-IN,hi;q=0.9")).toBe("en");
  });

  it("falls back to the browser's first language for a first visit or an unknown cookie", () => {
    expect(resolveLocale(undefined, "hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
    expect(resolveLocale("fr", "hi")).toBe("hi");
    expect(resolveLocale(undefined, "en-IN,hi;q=0.9")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("en");
  });
});
