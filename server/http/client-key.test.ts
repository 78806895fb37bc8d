import { describe, expect, it } from "vitest";
import { clientAddress, UNTRUSTED_CLIENT_KEY } from "./client-key";

const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client address for rate limits", () => {
  it("behind one proxy takes the address it appended, not the one the client wrote first", () => {
    expect(clientAddress(forwardedFor("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(forwardedFor("203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("behind two proxies (a CDN, then a load balancer) takes the CDN's entry", () => {
    // client wrote 1.2.3.4; the CDN appended the client 203.0.113.9; the balancer appended the CDN.
    expect(clientAddress(forwardedFor("1.2.3.4, 203.0.113.9, 10.0.0.5"), 2)).toBe("203.0.113.9");
  });

  it("a spoofer cannot choose a fresh key by writing more entries", () => {
    const keys = new Set(
      ["9.9.9.1", "9.9.9.2, 9.9.9.3", "a, b, c, d"].map((spoof) =>
        clientAddress(forwardedFor(`${spoof}, 203.0.113.9`), 1),
      ),
    );
    expect([...keys]).toEqual(["203.0.113.9"]);
  });

  it("with fewer entries than trusted proxies, or none trusted, every caller shares one key", () => {
    expect(clientAddress(forwardedFor("203.0.113.9"), 2)).toBe(UNTRUSTED_CLIENT_KEY);
    expect(clientAddress(forwardedFor("203.0.113.9"), 0)).toBe(UNTRUSTED_CLIENT_KEY);
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }), 0)).toBe(UNTRUSTED_CLIENT_KEY);
    expect(clientAddress(new Headers(), 1)).toBe(UNTRUSTED_CLIENT_KEY);
  });

  it("one proxy that sets x-real-ip instead is trusted for it", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }), 1)).toBe("198.51.100.7");
  });
});
