import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../env";
import { logger } from "../logger";
import { sendMail } from "./send-mail";
import { deletionCodeMail, staffInvitationMail } from "./templates";
import { decodedBody, startTestSmtpServer } from "./test-smtp-server";

function useEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
}

const originalNodeEnv = process.env.NODE_ENV;
const originalAuthSecret = process.env.AUTH_SECRET;

afterEach(() => {
  useEnv({ SMTP_URL: undefined, NODE_ENV: originalNodeEnv, AUTH_SECRET: originalAuthSecret });
  vi.restoreAllMocks();
});

describe("sendMail through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.close());

  it("delivers the message to the recipient with the configured sender", async () => {
    useEnv({ SMTP_URL: smtp.url, MAIL_FROM: "Shop <shop@example.test>" });
    const result = await sendMail(
      deletionCodeMail({ to: "owner@example.test", code: "042917", businessName: "Gupta Store" }),
    );
    expect(result).toEqual({ delivered: true });
    const mail = smtp.received.at(-1);
    expect(mail?.to).toEqual(["owner@example.test"]);
    expect(mail?.from).toBe("shop@example.test");
    expect(mail?.raw).toMatch(/^Subject: 042917 is your Execora code/m);
    expect(decodedBody(mail?.raw ?? "")).toContain("Your code: 042917");
  });

  it("keeps a long invitation link intact in the body", async () => {
    useEnv({ SMTP_URL: smtp.url });
    const link = `http://localhost:3000/accept-invite?code=${"a".repeat(32)}`;
    await sendMail(staffInvitationMail({ to: "staff@example.test", link, businessName: "Gupta Store" }));
    expect(decodedBody(smtp.received.at(-1)?.raw ?? "")).toContain(link);
  });
});

describe("sendMail without SMTP_URL", () => {
  it("logs the code under devOnly in development/test, with the recipient's domain only", async () => {
    useEnv({ SMTP_URL: undefined, NODE_ENV: "test" });
    const info = vi.spyOn(logger, "info");
    const result = await sendMail(
      deletionCodeMail({ to: "owner@shop.example", code: "123456", businessName: "X" }),
    );
    expect(result).toEqual({ delivered: false });
    const [fields] = info.mock.calls.at(-1) ?? [];
    expect(fields).toEqual({
      template: "customer-deletion-code",
      recipientDomain: "shop.example",
      devOnly: { oneTimeCode: "123456" },
    });
    expect(JSON.stringify(info.mock.calls)).not.toContain("owner@shop.example");
  });

  it("never logs the code in production", async () => {
    // Production refuses the test suite's published AUTH_SECRET: a random one, as a deployment has.
    useEnv({ SMTP_URL: undefined, NODE_ENV: "production", AUTH_SECRET: randomBytes(32).toString("base64") });
    const info = vi.spyOn(logger, "info");
    await sendMail(deletionCodeMail({ to: "owner@shop.example", code: "654321", businessName: "X" }));
    expect(info).toHaveBeenCalled();
    expect(JSON.stringify(info.mock.calls)).not.toContain("654321");
  });
});

describe("sendMail timeouts", () => {
  let silent: Server;
  beforeAll(async () => {
    // Accepts the TCP connection and never says hello: only the greeting timeout ends the wait.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it("gives up on a server that never greets within about 10 seconds", async () => {
    const { port } = silent.address() as AddressInfo;
    useEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const started = Date.now();
    await expect(
      sendMail(deletionCodeMail({ to: "owner@example.test", code: "000000", businessName: "X" })),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 25_000);
});
