import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PersonalToken } from '@ppm/shared';
import { type Observable, map } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** A token as the server returns it once, on creation: with its secret. */
export type CreatedToken = PersonalToken & { readonly token: string };

export interface NewToken {
  readonly name: string;
  /** 1 to 365. */
  readonly expiresInDays: number;
}

/** The signed-in person's personal access tokens: `/api/v1/auth/tokens`. */
@Injectable({ providedIn: 'root' })
export class PersonalTokensApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/auth/tokens`;

  list(): Observable<PersonalToken[]> {
    return this.http.get<PersonalToken[]>(this.base);
  }

  create(token: NewToken): Observable<CreatedToken> {
    return this.http.post<CreatedToken>(this.base, token);
  }

  revoke(id: string): Observable<void> {
    return this.http
      .delete<undefined>(`${this.base}/${encodeURIComponent(id)}`)
      .pipe(map(() => undefined));
  }
}
