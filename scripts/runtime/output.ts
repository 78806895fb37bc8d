/** Run one start-up step, printing what it does and how long it took. */
export async function step<T>(
  label: string,
  work: () => Promise<T>,
  options: { streamsOutput?: boolean } = {},
): Promise<T> {
  // A step that prints its own output gets the label on a line of its own.
  process.stdout.write(options.streamsOutput ? `• ${label}\n` : `• ${label} … `);
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const result = await work();
    process.stdout.write(options.streamsOutput ? `• ${label}: done in ${took()}\n` : `done in ${took()}\n`);
    return result;
  } catch (error) {
    process.stdout.write(options.streamsOutput ? `• ${label}: failed after ${took()}\n` : "failed\n");
    throw error;
  }
}

/** Stop start-up with a message a maintainer can act on. */
export function fail(message: string): never {
  throw new Error(message);
}
