import type { RpcInvocationData } from "@livekit/rtc-node";
import { RpcError } from "@livekit/rtc-node";
import { HTTP_STATUS_OF_CODE } from "../server/errors";
import {
  createTurnControl,
  type PushToTalkSession,
  type TurnControl,
  type TurnMark,
  type TurnTranscriber,
} from "./turn-control";

/** RPC method names the browser calls on the agent (a contract with the browser client). */
export const TURN_RPC = { start: "start_turn", end: "end_turn", cancel: "cancel_turn" } as const;

export interface RpcHost {
  registerRpcMethod(method: string, handler: (data: RpcInvocationData) => Promise<string>): void;
}

/**
 * Registers start_turn / end_turn / cancel_turn on the agent's participant. Only the admitted
 * merchant may press the button; each call answers {"state": "listening" | "ending" | "idle"}.
 */
export function registerTurnRpc(
  host: RpcHost,
  session: PushToTalkSession,
  identity: string,
  options: {
    transcriber?: TurnTranscriber | null;
    maxTurnMs?: number;
    onMark?: (mark: TurnMark) => void;
    microphoneReached?: () => Promise<boolean>;
  } = {},
): TurnControl {
  const control = createTurnControl(session, options);
  const guard = (run: () => Promise<string> | string) => async (data: RpcInvocationData) => {
    // RPC error codes are 1000 + the HTTP status of the AppError code (the one table in server/errors.ts).
    if (data.callerIdentity !== identity) {
      throw new RpcError(1000 + HTTP_STATUS_OF_CODE.FORBIDDEN, "Not this session's participant");
    }
    return JSON.stringify({ state: await run() });
  };
  host.registerRpcMethod(
    TURN_RPC.start,
    guard(() => control.startTurn()),
  );
  host.registerRpcMethod(
    TURN_RPC.end,
    guard(() => control.endTurn()),
  );
  host.registerRpcMethod(
    TURN_RPC.cancel,
    guard(() => control.cancelTurn()),
  );
  return control;
}
