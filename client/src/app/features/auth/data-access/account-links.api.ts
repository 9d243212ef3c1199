import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { User } from '@ppm/shared';
import { type Observable, map } from 'rxjs';

import { API_BASE } from '../../../core/http';

export type LinkPurpose = 'invitation' | 'password_reset';

/** Whom a one-time link is for; the secret itself never leaves the URL. */
export interface LinkDescription {
  readonly purpose: LinkPurpose;
  readonly email: string;
  readonly name: string;
}

/** One-time invitation and reset links, and the self-service "forgot password" request. */
@Injectable({ providedIn: 'root' })
export class AccountLinksApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/auth`;

  /** 404 for an unknown link, 410 `link_expired` for an expired or used one. */
  describe(secret: string): Observable<LinkDescription> {
    return this.http.get<LinkDescription>(`${this.base}/links/${encodeURIComponent(secret)}`);
  }

  /** Sets the password and signs the person in (the server sets the session cookies). */
  setPassword(secret: string, password: string): Observable<User> {
    return this.http
      .post<{ user: User }>(`${this.base}/links/${encodeURIComponent(secret)}`, { password })
      .pipe(map((answer) => answer.user));
  }

  /** Always 202: the server never says whether an account exists for the address. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http
      .post<unknown>(`${this.base}/password-reset`, { email })
      .pipe(map(() => undefined));
  }
}
