/**
 * Shares one read among concurrent callers without ever answering a caller with a read that
 * began before it called. A read starts at the end of the event loop's current turn, so every
 * caller that arrived in that turn shares it; while it runs, newcomers wait for the next one,
 * which starts as soon as it ends and serves all of them. Under load this turns one database
 * read per request into about one per round trip (one per ten requests at ten connections), and
 * a change committed before a request arrived is still always seen by it.
 */
export class FreshRead<T> {
  private running: Promise<T> | undefined;
  private next: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    this.next ??= (this.running ?? endOfTurn()).then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  private startNext(): Promise<T> {
    this.next = undefined;
    const reading = this.read().finally(() => {
      if (this.running === reading) this.running = undefined;
    });
    this.running = reading;
    return reading;
  }
}

/** Resolves once the callbacks of this turn of the event loop (I/O included) have run. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
