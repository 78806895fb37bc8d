import { beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.LOG_LEVEL ??= "silent";

// Circuit breakers live per process: one test's failing provider must not open the next test's circuit.
beforeEach(async () => {
  const { resetOutboundForTests } = await import("../resilience/outbound-policy");
  resetOutboundForTests();
});
