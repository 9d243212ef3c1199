import { Injectable } from '@angular/core';
import { type Observable, shareReplay } from 'rxjs';

/** How long an answer read ahead stays good to hand over; past it the page reads afresh. */
export const EARLY_READ_MAX_AGE_MS = 30_000;

/**
 * Reads started before the page asks: the report routes start the editor's reads while the
 * page's code is still downloading (one round trip less on a slow link). The page's first read
 * of the same address takes the answer over, once; every later read asks the server again.
 * One for the app: the report routes each provide their own `ReportsApi`, and the effects
 * read through the one of the route that registered them first.
 */
@Injectable({ providedIn: 'root' })
export class EarlyReads {
  private readonly started = new Map<string, { answer: Observable<unknown>; at: number }>();

  /** Sends the read now; the answer (also to be looked at before it is taken over). */
  start<T>(url: string, read: Observable<T>): Observable<T> {
    const answer = read.pipe(shareReplay({ bufferSize: 1, refCount: false }));
    // Subscribing sends the request; a failure reaches whoever takes the answer over.
    answer.subscribe({ error: () => undefined });
    this.started.set(url, { answer, at: Date.now() });
    return answer;
  }

  take<T>(url: string, read: () => Observable<T>): Observable<T> {
    const early = this.started.get(url);
    this.started.delete(url);
    return early && Date.now() - early.at < EARLY_READ_MAX_AGE_MS
      ? (early.answer as Observable<T>)
      : read();
  }
}
