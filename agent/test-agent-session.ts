import { randomUUID } from "node:crypto";
import { initializeLogger, type llm, voice } from "@livekit/agents";
import { db } from "../server/db";
import { voiceDomainContext } from "../server/voice/livekit/agent-participant";
import { ExecoraAgent } from "./execora-agent";
import { InFlight } from "./in-flight";
import type { TurnPacket } from "./turn-packet";

/** A scripted LLM that counts how often the session asked it for a reply. */
export class CountingLLM extends voice.testing.FakeLLM {
  calls = 0;
  override chat(options: Parameters<voice.testing.FakeLLM["chat"]>[0]) {
    this.calls++;
    return super.chat(options);
  }
}

/**
 * The agent in text mode, acting for one shop user exactly as in a room: the participant's
 * signed attributes become the per-turn DomainContext through voiceDomainContext.
 */
export async function agentSessionFor(
  user: { businessId: string; id: string; role: "OWNER" | "STAFF" },
  model: llm.LLM,
  options: { hasLlm?: boolean; speechFailed?: () => boolean } = {},
) {
  initializeLogger({ pretty: false, level: "fatal" });
  const participant = {
    businessId: user.businessId,
    userId: user.id,
    role: user.role,
    sessionId: randomUUID(),
  };
  const packets: TurnPacket[] = [];
  const inFlight = new InFlight();
  const agent = new ExecoraAgent({
    domainContext: (requestId) => voiceDomainContext(db(), participant, requestId),
    publishTurn: (packet) => packets.push(packet),
    inFlight,
    hasLlm: options.hasLlm,
    ...(options.speechFailed ? { speechFailed: options.speechFailed } : {}),
  });
  const session = new voice.AgentSession({ llm: model, vad: null });
  await session.start({ agent });
  return {
    session,
    agent,
    packets,
    inFlight,
    say: (userInput: string) => session.run({ userInput }).wait(),
    close: () => session.close(),
  };
}
