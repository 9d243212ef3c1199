/**
 * Shares one read among concurrent callers without ever answering a caller with a read that
 * began before it called: while a read runs, newcomers wait for the next one, which starts as
 * soon as the running one ends and serves all of them. Under load this turns one database read
 * per request into about one per round trip, and a change committed before a request arrived is
 * still always seen by it.
 */
export class FreshRead<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<T> {
    this.queued = undefined;
    return this.start();
  }

  private start(): Promise<T> {
    const reading = this.read().finally(() => {
      if (this.running === reading) this.running = undefined;
    });
    this.running = reading;
    return reading;
  }
}
