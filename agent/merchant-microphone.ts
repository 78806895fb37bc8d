import { type RemoteTrackPublication, type Room, RoomEvent, TrackSource } from "@livekit/rtc-node";

// How long a press waits for the merchant's microphone to reach the agent. Joining the room and
// subscribing to its track are separate steps: on a busy worker the agent answers RPCs before the
// subscription lands, and a press then would be heard as silence.
export const MICROPHONE_WAIT_MS = 5_000;

const isSubscribedMicrophone = (publication: RemoteTrackPublication) =>
  publication.source === TrackSource.SOURCE_MICROPHONE && publication.track !== undefined;

/**
 * Resolves true once the agent receives `identity`'s microphone track (at once if it already
 * does), false after `timeoutMs`: the press then listens anyway, and the log says why it was deaf.
 */
export function microphoneReached(room: Room, identity: string, timeoutMs = MICROPHONE_WAIT_MS) {
  const subscribed = () => {
    const participant = room.remoteParticipants.get(identity);
    return [...(participant?.trackPublications.values() ?? [])].some(isSubscribedMicrophone);
  };
  if (subscribed()) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    const done = (reached: boolean) => {
      clearTimeout(timer);
      room.off(RoomEvent.TrackSubscribed, onSubscribed);
      resolve(reached);
    };
    const onSubscribed = () => {
      if (subscribed()) done(true);
    };
    const timer = setTimeout(() => done(subscribed()), timeoutMs);
    room.on(RoomEvent.TrackSubscribed, onSubscribed);
  });
}
