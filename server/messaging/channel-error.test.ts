import { describe, expect, it } from "vitest";
import { ChannelError, maskedProviderText, parseRetryAfter } from "./channel-error";

describe("Retry-After", () => {
  const now = Date.parse("2026-12-02T10:00:00Z");
  it("reads delay-seconds and HTTP dates, and ignores what it cannot read", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 02 Dec 2026 10:01:30 GMT", now)).toBe(90_000);
    expect(parseRetryAfter("Wed, 02 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
  it("never asks to wait more than a day", () => {
    expect(parseRetryAfter("9999999", now)).toBe(24 * 60 * 60 * 1000);
  });
});

describe("ChannelError", () => {
  it("is retryable exactly for the transient reasons", () => {
    expect(new ChannelError("sms", "rate_limited", "x").retryable).toBe(true);
    expect(new ChannelError("sms", "timeout", "x").retryable).toBe(true);
    expect(new ChannelError("sms", "rejected", "x").retryable).toBe(false);
    expect(new ChannelError("sms", "unexpected_response", "x").retryable).toBe(false);
  });
  it("masks phone numbers and addresses a provider quotes", () => {
    expect(maskedProviderText("Undeliverable to +91 98765-43210 or a.b@shop.in")).toBe(
      "Undeliverable to [number] or [email]",
    );
  });
});
