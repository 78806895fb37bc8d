import { afterEach, expect, it } from "vitest";
import { db } from "../server/db";
import { voiceShop } from "../server/voice/engine/test-shop";
import { agentSessionFor, CountingLLM } from "./test-agent-session";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

it("staff cannot cancel a bill through the LLM's undo tool: the refusal is spoken, the bill stays", async () => {
  const shop = await voiceShop({ "Priya Verma": 0 });
  const vague = "woh jo abhi kiya tha uski zaroorat nahi thi";
  const model = new CountingLLM([{ input: vague, toolCalls: [{ name: "undo_last", args: {} }] }]);
  const agent = await agentSessionFor(
    { businessId: shop.businessId, id: shop.staff.id, role: "STAFF" },
    model,
  );
  close = agent.close;

  await agent.say("Priya Verma ka bill banao, 2 kilo chawal");
  await agent.say("haan");
  const invoice = await db().invoice.findFirstOrThrow({ where: { businessId: shop.businessId } });

  await agent.say(vague);
  expect(agent.packets[2]).toMatchObject({ intent: "undo_last", status: "NEEDS_CONFIRMATION" });
  await agent.say("haan");
  expect(agent.packets[3]).toMatchObject({
    status: "REJECTED",
    reply: "Yeh sirf dukaan ke maalik kar sakte hain.",
  });
  const after = await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } });
  expect(after.cancelledAt).toBeNull();
  expect(after.status).toBe("ISSUED");
});
