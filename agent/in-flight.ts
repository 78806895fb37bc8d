/**
 * Turns whose database work has started. On shutdown the worker waits for them before the Prisma
 * client disconnects, so a payment being recorded when SIGTERM arrives is written, not cut off.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  run<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.add(promise);
    const forget = () => this.running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when everything started so far has settled (successfully or not). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
