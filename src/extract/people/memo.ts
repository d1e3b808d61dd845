/**
 * A memo of a pure function of a string, bounded: when it is full it starts over, so a
 * long run over millions of articles never grows it past `max` entries. It lives with the
 * compiled rules (one per process or worker thread) and holds no article state, only
 * answers that depend on the key string alone.
 */
export class BoundedMemo<V> {
  private readonly m = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.m.get(key);
  }

  set(key: string, value: V): void {
    if (this.m.size >= this.max) this.m.clear();
    this.m.set(key, value);
  }

  /** for benchmarks that want a cold memo each round */
  clear(): void {
    this.m.clear();
  }

  get size(): number {
    return this.m.size;
  }
}
