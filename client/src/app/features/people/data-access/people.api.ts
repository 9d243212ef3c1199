import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Locale, LocalizedText, Role, User } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** Which accounts to list; null means "any". */
export interface PeopleFilter {
  readonly role: Role | null;
  readonly stateCode: string | null;
  readonly active: boolean | null;
}

export const NO_FILTER: PeopleFilter = { role: null, stateCode: null, active: null };

/** A person to invite (no password: the server makes an invitation link). */
export interface NewPerson {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Required for focal points and contributors, absent for everyone else. */
  readonly stateCode?: string;
  readonly locale: Locale;
}

export interface PersonChanges {
  readonly name?: string;
  readonly role?: Role;
  readonly stateCode?: string | null;
  readonly locale?: Locale;
  readonly active?: boolean;
}

/** An account as the People page shows it: who never set a password, since when invited. */
export interface Account extends User {
  readonly status: 'invited' | 'active' | 'deactivated';
  /** When the latest invitation went out (invited accounts only). */
  readonly invitedAt: string | null;
  /** The latest invitation can no longer be used: "resend" is needed. */
  readonly invitationExpired: boolean;
}

/** `inviteUrl` comes back only when the server cannot send mail: show it once. */
export interface Invitation {
  readonly user: Account;
  readonly inviteUrl?: string;
}

/** A state as `GET /states` lists it, for the state picker. */
export interface StateOption {
  readonly code: string;
  readonly name: LocalizedText;
  readonly region: string;
  readonly active: boolean;
}

/** Account administration (admins only): `/api/v1/users`, and the states to pick from. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/users`;

  list(filter: PeopleFilter): Observable<Account[]> {
    let params = new HttpParams();
    if (filter.role) {
      params = params.set('role', filter.role);
    }
    if (filter.stateCode) {
      params = params.set('stateCode', filter.stateCode);
    }
    if (filter.active !== null) {
      params = params.set('active', String(filter.active));
    }
    return this.http.get<Account[]>(this.base, { params });
  }

  invite(person: NewPerson): Observable<Invitation> {
    return this.http.post<Invitation>(this.base, person);
  }

  update(id: string, changes: PersonChanges): Observable<Account> {
    return this.http.patch<Account>(`${this.base}/${encodeURIComponent(id)}`, changes);
  }

  /** A new invitation for someone who never set a password; `inviteUrl` only without mail. */
  resendInvitation(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`${this.base}/${encodeURIComponent(id)}/invitation`, {});
  }

  /** `resetUrl` comes back only when the server cannot send mail. */
  startPasswordReset(id: string): Observable<{ resetUrl?: string }> {
    return this.http.post<{ resetUrl?: string }>(
      `${this.base}/${encodeURIComponent(id)}/password-reset`,
      null,
    );
  }

  states(): Observable<StateOption[]> {
    return this.http.get<StateOption[]>(`${API_BASE}/states`);
  }
}
