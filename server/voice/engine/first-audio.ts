import type { DomainContext } from "../../context";
import { notFound } from "../../errors";
import { recordReleaseToFirstAudio } from "../../observability/metrics";
import { requireUserId } from "./turns";

/**
 * Stores how long the merchant waited from releasing the talk button to hearing the reply, for one
 * of their own turns. The first report wins: a retried or replayed report changes nothing and is
 * not counted twice in the histogram.
 */
export async function reportFirstAudio(
  ctx: DomainContext,
  input: { turnId: string; firstAudioMs: number },
): Promise<{ recorded: boolean }> {
  const where = { id: input.turnId, businessId: ctx.businessId, userId: requireUserId(ctx) };
  const turn = await ctx.db.voiceTurn.findFirst({ where, select: { channel: true } });
  if (!turn) throw notFound("Voice turn");
  const updated = await ctx.db.voiceTurn.updateMany({
    where: { ...where, firstAudioMs: null },
    data: { firstAudioMs: input.firstAudioMs },
  });
  if (updated.count === 0) return { recorded: false };
  recordReleaseToFirstAudio(turn.channel, input.firstAudioMs);
  return { recorded: true };
}
