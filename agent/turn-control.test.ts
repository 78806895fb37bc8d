import { describe, expect, it } from "vitest";
import { createTurnControl } from "./turn-control";
import { registerTurnRpc, TURN_RPC } from "./turn-rpc";

/** A session that records what push-to-talk did to it, in order. */
function fakeSession() {
  const calls: string[] = [];
  return {
    calls,
    interrupt: () => {
      calls.push("interrupt");
      return { await: Promise.resolve() };
    },
    clearUserTurn: () => calls.push("clear"),
    commitUserTurn: () => calls.push("commit"),
    input: { setAudioEnabled: (enabled: boolean) => calls.push(enabled ? "mic on" : "mic off") },
  };
}

/** A tail that only ends when the test says so. */
function manualTail() {
  const waiting: (() => void)[] = [];
  return {
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        expect(ms).toBe(300);
      }),
    release: () => waiting.shift()?.(),
  };
}

describe("push-to-talk turn control", () => {
  it("keeps the microphone off until the button is pressed", () => {
    const session = fakeSession();
    createTurnControl(session);
    expect(session.calls).toEqual(["mic off"]);
  });

  it("a press before the merchant's microphone reaches the agent answers listening only once it has", async () => {
    const session = fakeSession();
    let arrive: (reached: boolean) => void = () => {};
    const control = createTurnControl(session, {
      microphoneReached: () => new Promise<boolean>((resolve) => (arrive = resolve)),
    });
    let answered: string | null = null;
    const press = control.startTurn().then((state) => (answered = state));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBeNull();
    expect(session.calls).toEqual(["mic off"]);
    arrive(true);
    await press;
    expect(answered).toBe("listening");
    expect(session.calls.at(-1)).toBe("mic on");
  });

  it("press interrupts the agent and listens; release keeps listening for the tail, then commits", async () => {
    const session = fakeSession();
    const tail = manualTail();
    const control = createTurnControl(session, { wait: tail.wait });
    expect(await control.startTurn()).toBe("listening");
    expect(session.calls).toEqual(["mic off", "interrupt", "clear", "mic on"]);
    const ending = control.endTurn();
    await Promise.resolve();
    // The last words are still arriving: nothing is cut off or committed yet.
    expect(control.state).toBe("ending");
    expect(session.calls.at(-1)).toBe("mic on");
    tail.release();
    expect(await ending).toBe("idle");
    expect(session.calls.slice(-2)).toEqual(["mic off", "commit"]);
    expect(control.takeReleasedAt()).not.toBeNull();
  });

  it("a press during the tail commits the previous turn first", async () => {
    const session = fakeSession();
    const tail = manualTail();
    const control = createTurnControl(session, { wait: tail.wait });
    await control.startTurn();
    const ending = control.endTurn();
    const pressed = control.startTurn();
    tail.release();
    await ending;
    await pressed;
    expect(session.calls.slice(-5)).toEqual(["mic off", "commit", "interrupt", "clear", "mic on"]);
    expect(control.state).toBe("listening");
  });

  it("cancel drops what was said and commits nothing; a release without a press does nothing", async () => {
    const session = fakeSession();
    const control = createTurnControl(session, { wait: async () => undefined });
    expect(await control.endTurn()).toBe("idle");
    await control.startTurn();
    expect(control.cancelTurn()).toBe("idle");
    expect(session.calls).not.toContain("commit");
    expect(session.calls.slice(-2)).toEqual(["mic off", "clear"]);
  });

  it("a whole-turn recogniser hears the released turn before it is committed; a press or cancel drops it", async () => {
    const session = fakeSession();
    let transcribed: () => void = () => {};
    const transcriber = {
      finishTurn: () => {
        session.calls.push("transcribe");
        return new Promise<void>((resolve) => {
          transcribed = resolve;
        });
      },
      discardTurn: () => session.calls.push("drop heard audio"),
    };
    const control = createTurnControl(session, { wait: async () => undefined, transcriber });
    await control.startTurn();
    expect(session.calls).toEqual(["mic off", "interrupt", "clear", "drop heard audio", "mic on"]);
    const ending = control.endTurn();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Still transcribing: committing now would hand the session an empty turn.
    expect(session.calls.slice(-2)).toEqual(["mic off", "transcribe"]);
    transcribed();
    expect(await ending).toBe("idle");
    expect(session.calls.at(-1)).toBe("commit");
    await control.startTurn();
    control.cancelTurn();
    expect(session.calls.slice(-3)).toEqual(["mic off", "clear", "drop heard audio"]);
  });

  it("a press held past the limit is cut and answered at once; the late release finds the turn done", async () => {
    const session = fakeSession();
    const marks: string[] = [];
    // A tail that never ends: only a cut without the tail can commit this turn.
    const control = createTurnControl(session, {
      wait: () => new Promise(() => {}),
      maxTurnMs: 30,
      onMark: (mark) => marks.push(mark),
    });
    await control.startTurn();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(session.calls.slice(-2)).toEqual(["mic off", "commit"]);
    expect(control.state).toBe("idle");
    expect(marks).toEqual(["mic_off", "transcript"]);
    expect(await control.endTurn()).toBe("idle");
    expect(session.calls.filter((call) => call === "commit")).toHaveLength(1);
  });

  it("a turn released or cancelled before the limit is not cut later", async () => {
    const session = fakeSession();
    const control = createTurnControl(session, { wait: async () => undefined, maxTurnMs: 30 });
    await control.startTurn();
    await control.endTurn();
    await control.startTurn();
    control.cancelTurn();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(session.calls.filter((call) => call === "commit")).toHaveLength(1);
    expect(session.calls.at(-1)).toBe("clear");
  });

  it("answers the three RPCs only for the admitted merchant", async () => {
    const handlers = new Map<
      string,
      (data: {
        callerIdentity: string;
        payload: string;
        requestId: string;
        responseTimeout: number;
      }) => Promise<string>
    >();
    const host = { registerRpcMethod: (name: string, handler: never) => handlers.set(name, handler) };
    const session = fakeSession();
    registerTurnRpc(host, session, "user_1");
    expect([...handlers.keys()]).toEqual([TURN_RPC.start, TURN_RPC.end, TURN_RPC.cancel]);
    const call = (name: string, callerIdentity: string) =>
      handlers.get(name)?.({ callerIdentity, payload: "", requestId: "r", responseTimeout: 5000 });
    expect(JSON.parse((await call("start_turn", "user_1")) ?? "")).toEqual({ state: "listening" });
    await expect(call("cancel_turn", "someone_else")).rejects.toThrow("Not this session's participant");
    expect(JSON.parse((await call("cancel_turn", "user_1")) ?? "")).toEqual({ state: "idle" });
  });
});
