import { afterEach, describe, expect, it } from "vitest";
import { db } from "../server/db";
import { balanceOf, entryCount, voiceShop } from "../server/voice/engine/test-shop";
import { FastPathOnlyLLM } from "./speech/fast-path-only-llm";
import { agentSessionFor } from "./test-agent-session";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function sessionWithoutLlm() {
  const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
  const agent = await agentSessionFor(
    { businessId: shop.businessId, id: shop.owner.id, role: "OWNER" },
    new FastPathOnlyLLM(),
    { hasLlm: false },
  );
  close = agent.close;
  return { shop, agent };
}

describe("the LiveKit agent without an LLM key", () => {
  it("still records what the fast path understands", async () => {
    const { shop, agent } = await sessionWithoutLlm();
    const result = await agent.say("Rahul ne 500 diye");
    result.expect.nextEvent().isMessage({ role: "assistant" });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    expect(agent.packets).toEqual([
      expect.objectContaining({
        status: "EXECUTED",
        reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye.",
      }),
    ]);
  });

  it("answers anything else with the 'try saying…' examples, stored, and changes nothing", async () => {
    const { shop, agent } = await sessionWithoutLlm();
    const before = await entryCount(shop.businessId);
    await agent.say("Rahul Sharma ne aaj subah paanch sau ka hisaab barabar kiya");
    expect(agent.packets).toHaveLength(1);
    const packet = agent.packets[0];
    expect(packet).toMatchObject({ intent: "unknown" });
    expect(packet?.reply).toContain('Aise boliye: "Rahul ne 500 diye"');
    expect(await entryCount(shop.businessId)).toBe(before);
    const turn = await db().voiceTurn.findUniqueOrThrow({ where: { id: packet?.turnId } });
    expect(turn).toMatchObject({ channel: "LIVEKIT", intent: "unknown" });
  });
});
