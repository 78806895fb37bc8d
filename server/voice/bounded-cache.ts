/** A Map that forgets everything when it grows past `limit`: enough to keep repeated names cheap. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, compute: (key: K) => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
