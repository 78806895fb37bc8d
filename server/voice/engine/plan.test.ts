import { describe, expect, it } from "vitest";
import type { ParsedCommand } from "../types";
import { type Plan, planCommand } from "./plan";

/** "execute", "reject", or the kind of question asked ("confirm", "choose_customer", "missing_slot"). */
const decision = (plan: Plan) => (plan.step === "ask" ? plan.question.kind : plan.step);

const RAHUL = { kind: "matched" as const, id: "c1", name: "Rahul Sharma", score: 1, mention: "Rahul Sharma" };
// Typed commands: spoken ones are read back by default (see "spoken money" below).
const options = {
  confirmPaise: 1_000_000,
  spoken: false,
  quickMode: false,
  productUnits: new Map([["rice", "kg"]]),
};

function parsed(overrides: Partial<ParsedCommand>): ParsedCommand {
  return {
    intent: "record_payment",
    customer: RAHUL,
    amountPaise: 50_000,
    items: [],
    unmatchedProducts: [],
    date: null,
    note: null,
    phone: null,
    paymentMode: null,
    language: "hi-Latn",
    confidence: 0.9,
    missing: [],
    ...overrides,
  };
}

describe("planCommand", () => {
  it("runs a clear small payment at once, in cash unless a mode was heard", () => {
    expect(planCommand(parsed({}), options)).toEqual({
      step: "execute",
      action: {
        kind: "record_payment",
        customerId: "c1",
        customerName: "Rahul Sharma",
        amountPaise: 50_000,
        mode: "CASH",
        occurredOn: null,
        note: null,
      },
    });
    const dated = planCommand(parsed({ date: "2026-03-10", note: "doodh ke liye" }), options);
    expect(dated.step === "execute" && dated.action).toMatchObject({
      occurredOn: "2026-03-10",
      note: "doodh ke liye",
    });
    const upi = planCommand(parsed({ paymentMode: "upi" }), options);
    expect(upi.step === "execute" && upi.action).toMatchObject({ mode: "UPI" });
  });

  it("asks first from the shop's limit (₹10,000 by default) up, and when unsure", () => {
    expect(decision(planCommand(parsed({ amountPaise: 999_999 }), options))).toBe("execute");
    const big = planCommand(parsed({ amountPaise: 1_000_000 }), options);
    expect(big).toMatchObject({
      question: { kind: "confirm" },
      reply: "Rahul Sharma se ₹10,000 mile, likh doon? Haan ya nahi?",
    });
    expect(decision(planCommand(parsed({ confidence: 0.69 }), options))).toBe("confirm");
    expect(
      decision(planCommand(parsed({ amountPaise: 5_000_000 }), { ...options, confirmPaise: 10_000_000 })),
    ).toBe("execute");
  });

  it("spoken money is read back by default, whatever the amount; quick mode runs it under the limit", () => {
    const spoken = { ...options, spoken: true };
    const twelve = planCommand(parsed({ intent: "record_credit", amountPaise: 1_200 }), spoken);
    expect(twelve).toMatchObject({
      question: { kind: "confirm" },
      reply: "Rahul Sharma ko ₹12 udhaar likh doon? Haan ya nahi?",
    });
    expect(decision(planCommand(parsed({}), spoken))).toBe("confirm");
    const quick = { ...spoken, quickMode: true };
    expect(decision(planCommand(parsed({}), quick))).toBe("execute");
    expect(decision(planCommand(parsed({ amountPaise: 1_000_000 }), quick))).toBe("confirm");
    expect(decision(planCommand(parsed({ confidence: 0.69 }), quick))).toBe("confirm");
    // A question asked by voice writes nothing: no read-back.
    expect(decision(planCommand(parsed({ intent: "get_balance", amountPaise: null }), spoken))).toBe(
      "execute",
    );
  });

  it("bills grams of a product sold by the kilo as a fraction of a kilo", () => {
    const plan = planCommand(
      parsed({
        intent: "create_invoice",
        amountPaise: null,
        items: [{ productId: "rice", product: "Rice", quantity: 500, unit: "g", alternatives: [] }],
      }),
      options,
    );
    expect(plan.step === "ask" && plan.question.kind === "confirm" && plan.question.action).toMatchObject({
      kind: "create_invoice",
      items: [{ productId: "rice", quantityMilli: 500, unit: "kg" }],
    });
  });

  it("answers in English to English, and never turns an unknown command into an action", () => {
    expect(planCommand(parsed({ intent: "unknown", language: "en" }), options)).toMatchObject({
      step: "reject",
      reply: expect.stringContaining("Try:"),
    });
    expect(
      planCommand(parsed({ customer: null, missing: ["customer"], language: "en" }), options),
    ).toMatchObject({
      step: "ask",
      question: { kind: "missing_slot", slot: "customer" },
      reply: "Which customer?",
    });
    expect(planCommand(parsed({ amountPaise: null, missing: ["amount"] }), options)).toMatchObject({
      step: "ask",
      question: { kind: "missing_slot", slot: "amount" },
      reply: "Kitne rupaye?",
    });
  });
});
