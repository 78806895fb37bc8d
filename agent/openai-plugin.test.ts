import * as openai from "@livekit/agents-plugin-openai";
import { afterEach, expect, it } from "vitest";
import { balanceOf, voiceShop } from "../server/voice/engine/test-shop";
import { openAiClient } from "./provider-clients";
import { agentSessionFor } from "./test-agent-session";
import { startOpenAiServer, textStream, toolCallStream } from "./test-openai-server";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

it("drives the real OpenAI plugin: our tool schemas go out, the streamed tool call runs against the database", async () => {
  const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
  const said = "Please note that Rahul Sharma handed over five hundred rupees today";
  const server = await startOpenAiServer((body) => {
    const last = body.messages.at(-1);
    return last?.role === "tool"
      ? textStream("Received ₹500 from Rahul Sharma. Balance ₹1,200.")
      : toolCallStream("record_payment", { customer: "Rahul Sharma", amountRupees: 500, mode: "cash" });
  });
  cleanups.push(server.close);
  // The client production uses: every request under the outbound policy.
  const model = new openai.LLM({
    model: "gpt-4o-mini",
    client: openAiClient("llm", { apiKey: "test-key", baseURL: server.baseURL }),
  });
  const agent = await agentSessionFor(
    { businessId: shop.businessId, id: shop.owner.id, role: "OWNER" },
    model,
  );
  cleanups.push(agent.close);

  const result = await agent.say(said);

  const first = server.requests[0];
  expect(first?.stream).toBe(true);
  expect(first?.messages.at(-1)).toMatchObject({ role: "user", content: said });
  const tools = (first?.tools ?? []) as { type: string; function: { name: string; parameters: unknown } }[];
  expect(tools.map((tool) => tool.function.name).sort()).toEqual([
    "add_customer",
    "create_invoice",
    "get_balance",
    "get_collections",
    "get_total_due",
    "list_dues",
    "record_credit",
    "record_payment",
    "schedule_reminder",
    "undo_last",
  ]);
  const payment = tools.find((tool) => tool.function.name === "record_payment");
  expect(payment).toMatchObject({
    type: "function",
    function: {
      parameters: {
        type: "object",
        properties: {
          customer: { type: "string" },
          amountRupees: { type: "number" },
          mode: { enum: ["cash", "upi", "card", "cheque", "bank"] },
        },
        required: ["customer", "amountRupees"],
      },
    },
  });
  result.expect.containsFunctionCall({ name: "record_payment" });
  expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
  expect(agent.packets).toEqual([expect.objectContaining({ intent: "record_payment", status: "EXECUTED" })]);
  // The model was asked a second time, with the tool's reply, to say it back.
  expect(server.requests[1]?.messages.at(-1)).toMatchObject({ role: "tool" });
});
