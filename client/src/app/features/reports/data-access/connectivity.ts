import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { EMPTY, type Observable, fromEvent, map } from 'rxjs';

/** Whether the browser believes it is online, and when it comes back online. */
@Injectable({ providedIn: 'root' })
export class Connectivity {
  private readonly window = inject(DOCUMENT).defaultView;

  /** False only when the browser knows it is offline (true may still fail to connect). */
  isOnline(): boolean {
    return this.window?.navigator.onLine ?? true;
  }

  /** Emits each time the browser comes back online. */
  readonly cameOnline$: Observable<void> = this.window
    ? fromEvent(this.window, 'online').pipe(map(() => undefined))
    : EMPTY;
}
