import { llm, voice } from "@livekit/agents";
import { afterEach, describe, expect, it } from "vitest";
import { parseTurnPacket } from "@/lib/voice/turn-packet";
import { db } from "../server/db";
import { balanceOf, entryCount, voiceShop } from "../server/voice/engine/test-shop";
import { espeakVoice } from "./speech/espeak-tts";
import { agentSessionFor, CountingLLM } from "./test-agent-session";

const LONG_TAIL = "Rahul Sharma ne aaj subah paanch sau ka hisaab barabar kiya";
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function ownerSession(llmScript: ConstructorParameters<typeof CountingLLM>[0], customers = {}) {
  // Quick mode: these tests follow a turn through the agent, not the read-back (run-voice-command tests).
  const shop = await voiceShop(customers, { quickMode: true });
  const model = new CountingLLM(llmScript);
  const agent = await agentSessionFor(
    { businessId: shop.businessId, id: shop.owner.id, role: "OWNER" },
    model,
  );
  close = agent.close;
  return { shop, model, agent };
}

describe("the LiveKit agent: fast path first", () => {
  it("records 'Rahul ne 500 diye' without asking the LLM, and tells the browser", async () => {
    const { shop, model, agent } = await ownerSession([], { "Rahul Sharma": 170_000 });
    const result = await agent.say("Rahul ne 500 diye");
    result.expect.nextEvent().isMessage({ role: "assistant" });
    expect(model.calls).toBe(0);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    expect(agent.packets).toEqual([
      expect.objectContaining({
        status: "EXECUTED",
        intent: "record_payment",
        transcript: "Rahul ne 500 diye",
        reply: "Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye.",
        language: "hi-Latn",
      }),
    ]);
    const turn = await db().voiceTurn.findUniqueOrThrow({ where: { id: agent.packets[0]?.turnId } });
    expect(turn).toMatchObject({ channel: "LIVEKIT", status: "EXECUTED" });
  });
});

describe("the LiveKit agent: Devanagari in, Devanagari out", () => {
  it("answers 'राहुल ने 500 दिए' in Devanagari, spoken with the Hindi voice", async () => {
    const { shop, agent } = await ownerSession([], { "Rahul Sharma": 170_000 });
    await agent.say("राहुल ने 500 दिए");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    expect(agent.packets).toEqual([
      expect.objectContaining({
        status: "EXECUTED",
        language: "hi-Deva",
        reply: 'Rahul Sharma से ₹500 मिले। बाकी ₹1,200। ग़लत हो तो "वापस लो" बोलिए।',
      }),
    ]);
    expect(espeakVoice(agent.packets[0]?.reply ?? "")).toBe("hi");
  });

  it("a turn that fails before it is parsed is still answered in the script it was said in", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 });
    // Not a user of the shop (say, removed mid-session): the turn's context cannot be built.
    const agent = await agentSessionFor(
      { businessId: shop.businessId, id: "removed-user", role: "STAFF" },
      new CountingLLM([]),
    );
    close = agent.close;
    await agent.say("राहुल ने 500 दिए");
    expect(agent.packets).toEqual([
      expect.objectContaining({
        status: "FAILED",
        language: "hi-Deva",
        reply: "यह नहीं हो पाया। दोबारा बोलिए।",
      }),
    ]);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(170_000);
  });
});

describe("the LiveKit agent: the LLM's tools", () => {
  it("runs a grounded record_payment the parser could not read, audited as VOICE", async () => {
    const { shop, model, agent } = await ownerSession(
      [
        {
          input: LONG_TAIL,
          toolCalls: [{ name: "record_payment", args: { customer: "Rahul Sharma", amountRupees: 500 } }],
        },
      ],
      { "Rahul Sharma": 170_000 },
    );
    const result = await agent.say(LONG_TAIL);
    result.expect.containsFunctionCall({ name: "record_payment" });
    result.expect.containsFunctionCallOutput({
      output: JSON.stringify("Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye."),
    });
    expect(model.calls).toBeGreaterThanOrEqual(1);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: shop.businessId, action: "ledger.payment" },
    });
    expect(audit).toMatchObject({ source: "VOICE", actorId: shop.owner.id });
    const turns = await db().voiceTurn.findMany({ where: { businessId: shop.businessId } });
    expect(turns).toEqual([
      expect.objectContaining({
        channel: "LIVEKIT",
        intent: "record_payment",
        status: "EXECUTED",
        transcript: LONG_TAIL,
      }),
    ]);
    expect(agent.packets.map((packet) => packet.turnId)).toEqual([turns[0]?.id]);
  });

  it("does nothing when the LLM's amount was not said (500 said, 5000 called)", async () => {
    const { shop, agent } = await ownerSession(
      [
        {
          input: LONG_TAIL,
          toolCalls: [{ name: "record_payment", args: { customer: "Rahul Sharma", amountRupees: 5000 } }],
        },
      ],
      { "Rahul Sharma": 170_000 },
    );
    await agent.say(LONG_TAIL);
    expect(await entryCount(shop.businessId)).toBe(1); // the opening balance only
    expect(agent.packets[0]).toMatchObject({ status: "REJECTED", intent: "record_payment" });
    expect(agent.packets[0]?.reply).toContain("yeh amount");
  });

  it("does nothing when the LLM's customer was not said", async () => {
    const { shop, agent } = await ownerSession(
      [
        {
          input: LONG_TAIL,
          toolCalls: [{ name: "record_payment", args: { customer: "Priya Verma", amountRupees: 500 } }],
        },
      ],
      { "Rahul Sharma": 170_000, "Priya Verma": 90_000 },
    );
    await agent.say(LONG_TAIL);
    expect(await balanceOf(shop.ids["Priya Verma"] as string)).toBe(90_000);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(170_000);
    expect(agent.packets[0]).toMatchObject({ status: "REJECTED" });
    expect(agent.packets[0]?.reply).toContain("customer ka naam");
  });

  it("asks before a big amount from a tool; 'haan' then records it once", async () => {
    const said = "Rahul Sharma ne aaj subah bees hazaar ka hisaab barabar kiya";
    const { shop, agent } = await ownerSession(
      [
        {
          input: said,
          toolCalls: [{ name: "record_payment", args: { customer: "Rahul Sharma", amountRupees: 20000 } }],
        },
      ],
      { "Rahul Sharma": 3_000_000 },
    );
    const id = shop.ids["Rahul Sharma"] as string;
    await agent.say(said);
    expect(agent.packets[0]).toMatchObject({ status: "NEEDS_CONFIRMATION" });
    expect(await balanceOf(id)).toBe(3_000_000);
    await agent.say("haan");
    expect(agent.packets[1]).toMatchObject({ status: "EXECUTED", intent: "confirm_yes" });
    expect(await balanceOf(id)).toBe(1_000_000);
    await agent.say("haan");
    expect(agent.packets[2]).toMatchObject({ status: "REJECTED" });
    expect(await balanceOf(id)).toBe(1_000_000);
  });

  it("tells the browser which customers to offer when a name is shared", async () => {
    const { shop, agent, model } = await ownerSession([], { "Rahul Sharma": 100_000, "Rahul Gupta": 80_000 });
    await agent.say("Rahul ne 500 diye");
    expect(model.calls).toBe(0);
    const [packet] = agent.packets;
    expect(packet).toMatchObject({ status: "NEEDS_CONFIRMATION", confirmTurnId: packet?.turnId });
    // What the agent sends is exactly what the browser's parser accepts.
    expect(parseTurnPacket(JSON.stringify(packet))).toEqual(packet);
    expect(packet?.candidates.map((candidate) => candidate.name).sort()).toEqual([
      "Rahul Gupta",
      "Rahul Sharma",
    ]);
    expect(packet?.candidates.map((candidate) => candidate.id).sort()).toEqual(
      [shop.ids["Rahul Gupta"], shop.ids["Rahul Sharma"]].sort(),
    );
  });

  it("stores a turn when the LLM answers without a tool", async () => {
    const question = "aap kya kya kar sakte ho";
    const { shop, agent } = await ownerSession([{ input: question, content: "Main khata likh sakta hoon." }]);
    const result = await agent.say(question);
    result.expect.containsMessage({ role: "assistant" });
    const turn = await db().voiceTurn.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(turn).toMatchObject({
      intent: "unknown",
      channel: "LIVEKIT",
      replyText: "Main khata likh sakta hoon.",
    });
    expect(agent.packets[0]).toMatchObject({ turnId: turn.id, intent: "unknown" });
  });
});

describe("the LiveKit agent: an empty push", () => {
  it("says nothing was heard, stores no turn and never asks the LLM", async () => {
    const { shop, model, agent } = await ownerSession([]);
    const { llm, voice } = await import("@livekit/agents");
    const current = agent.session.currentAgent;
    const empty = llm.ChatMessage.create({ role: "user", content: "  " });
    await expect(current.onUserTurnCompleted(current.chatCtx.copy(), empty)).rejects.toBeInstanceOf(
      voice.StopResponse,
    );
    expect(agent.packets).toEqual([expect.objectContaining({ status: "REJECTED", transcript: "" })]);
    expect(model.calls).toBe(0);
    expect(await db().voiceTurn.count({ where: { businessId: shop.businessId } })).toBe(0);
  });
});

describe("a released turn with no words", () => {
  async function emptyTurn(speechFailed: boolean) {
    const shop = await voiceShop({ "Rahul Sharma": 170_000 }, { quickMode: true });
    const model = new CountingLLM([]);
    const session = await agentSessionFor(
      { businessId: shop.businessId, id: shop.owner.id, role: "OWNER" },
      model,
      {
        speechFailed: () => speechFailed,
      },
    );
    close = session.close;
    // What the session calls when a push-to-talk turn is committed with an empty transcript.
    const message = llm.ChatMessage.create({ role: "user", content: "" });
    await expect(session.agent.onUserTurnCompleted(llm.ChatContext.empty(), message)).rejects.toBeInstanceOf(
      voice.StopResponse,
    );
    expect(model.calls).toBe(0);
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(170_000);
    return session.packets;
  }

  it("heard nothing: says so", async () => {
    expect(await emptyTurn(false)).toEqual([
      expect.objectContaining({ status: "REJECTED", reply: "Kuch sunai nahi diya. Dobara boliye." }),
    ]);
  });

  it("the recogniser failed: says speech recognition is down and tells the page to offer typing", async () => {
    expect(await emptyTurn(true)).toEqual([
      expect.objectContaining({
        status: "STT_UNAVAILABLE",
        transcript: "",
        reply: "Awaaz pehchanne ki seva abhi kaam nahi kar rahi. Command likh kar dijiye.",
      }),
    ]);
  });
});
