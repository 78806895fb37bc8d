import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "./logger";

/** One line logged with the app's own options, as JSON. */
function logged(fields: Record<string, unknown>) {
  let line = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      line += chunk.toString();
      done();
    },
  });
  pino({ ...loggerOptions, level: "info" }, sink).info(fields, "test line");
  return { text: line, json: JSON.parse(line) as Record<string, unknown> };
}

describe("log redaction", () => {
  it("masks passwords, tokens, OTPs, phone numbers, emails and transcripts, at the top and one level down", () => {
    const secrets = {
      password: "hunter2-hunter2",
      token: "tok_live_1234567890",
      otp: "482913",
      phone: "9876543210",
      email: "rahul@example.in",
      transcript: "Rahul ne 500 diye",
      authorization: "Bearer abc.def.ghi",
    };
    const { text, json } = logged({ ...secrets, user: { ...secrets }, requestId: "req-1" });
    for (const value of Object.values(secrets)) expect(text).not.toContain(value);
    expect(json).toMatchObject({ password: "[redacted]", otp: "[redacted]", requestId: "req-1" });
    expect(json.user).toMatchObject({ phone: "[redacted]", email: "[redacted]", token: "[redacted]" });
  });

  it("masks a request's authorization and cookie headers", () => {
    const { text } = logged({
      headers: { authorization: "Bearer secret-jwt", cookie: "authjs.session-token=xyz" },
    });
    expect(text).not.toContain("secret-jwt");
    expect(text).not.toContain("session-token=xyz");
  });
});
