import { describe, expect, it } from "vitest";
import { runCorpus } from "./corpus/corpus-runner";

describe("voice command corpus", () => {
  const results = runCorpus();

  it("has several hundred utterances across every intent", () => {
    expect(results.length).toBeGreaterThanOrEqual(400);
    const intents = new Set(results.map((result) => result.expected.intent));
    expect([...intents].sort()).toEqual(
      [
        "add_customer",
        "confirm_no",
        "confirm_yes",
        "create_invoice",
        "get_balance",
        "get_collections",
        "get_total_due",
        "list_dues",
        "record_credit",
        "record_payment",
        "schedule_reminder",
        "undo_last",
        "unknown",
      ].sort(),
    );
  });

  it("parses every utterance to its expected intent and slots", () => {
    const failures = results.filter((result) => !result.passed);
    const intentHits = results.filter((result) => result.intentPassed).length;
    const exact = results.length - failures.length;
    console.info(
      `voice corpus: ${exact}/${results.length} exact (${((100 * exact) / results.length).toFixed(1)}%), ` +
        `intent ${intentHits}/${results.length}`,
    );
    expect(failures.map(({ file, say, expected, actual }) => ({ file, say, expected, actual }))).toEqual([]);
  });
});
