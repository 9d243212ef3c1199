import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Locale, User } from '@ppm/shared';
import { type Observable, map } from 'rxjs';

import { API_BASE } from '../../http/api';
import type { Credentials } from '../session.actions';

interface UserAnswer {
  user: User;
}

const user = map((answer: UserAnswer) => answer.user);

/** The signed-in person's own session and account: `/api/v1/auth/...`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/auth`;

  /** Who is signed in; fails with 401 when nobody is. */
  me(): Observable<User> {
    return this.http.get<UserAnswer>(`${this.base}/me`).pipe(user);
  }

  /** Signs in; the server sets the session and XSRF cookies. */
  signIn(credentials: Credentials): Observable<User> {
    return this.http.post<UserAnswer>(`${this.base}/login`, credentials).pipe(user);
  }

  signOut(): Observable<void> {
    return this.http.post<undefined>(`${this.base}/logout`, null).pipe(map(() => undefined));
  }

  updateProfile(changes: { name?: string; locale?: Locale }): Observable<User> {
    return this.http.patch<UserAnswer>(`${this.base}/me`, changes).pipe(user);
  }

  /** Changes the own password; the server ends every other session of the person. */
  changePassword(currentPassword: string, newPassword: string): Observable<User> {
    return this.http
      .post<UserAnswer>(`${this.base}/password`, { currentPassword, newPassword })
      .pipe(user);
  }
}
