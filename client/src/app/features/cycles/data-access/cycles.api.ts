import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateCycleInput, Cycle, CycleStatus, Region, ReviewRow, State } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** A cycle as the Secretariat plans it (dates "YYYY-MM-DD"). */
export type NewCycle = CreateCycleInput;

/** A later deadline for one state. */
export interface DeadlineExtension {
  readonly stateCode: string;
  readonly deadline: string;
}

/** Where an expected state stands and when it was last reminded (`/cycles/:id/reminders/:state`). */
export interface StateReminder {
  readonly stateCode: string;
  /** "not_started" when the state has no report yet. */
  readonly reportStatus: string;
  readonly deadline: string;
  readonly lastRemindedAt: string | null;
  readonly lastRemindedBy: 'secretariat' | 'automatic' | null;
  /** Active focal points and contributors a reminder reaches. */
  readonly recipients: number;
  readonly canRemind: boolean;
}

const cycleUrl = (id: string): string => `${API_BASE}/cycles/${encodeURIComponent(id)}`;
/** What "remind overdue states" did (`POST /cycles/:id/reminders`). */
export interface LateReminders {
  readonly reminded: readonly string[];
  readonly skipped: readonly {
    readonly stateCode: string;
    readonly reason: 'recently_reminded' | 'no_recipients';
  }[];
}

const reminderUrl = (id: string, stateCode: string): string =>
  `${cycleUrl(id)}/reminders/${encodeURIComponent(stateCode)}`;

/**
 * Reporting cycles and their review lists: `/api/v1/cycles`. Everyone signed in reads; the
 * Secretariat plans, opens, closes and extends deadlines.
 */
@Injectable({ providedIn: 'root' })
export class CyclesApi {
  private readonly http = inject(HttpClient);

  cycles(): Observable<Cycle[]> {
    return this.http.get<Cycle[]>(`${API_BASE}/cycles`);
  }

  cycle(id: string): Observable<Cycle> {
    return this.http.get<Cycle>(cycleUrl(id));
  }

  create(cycle: NewCycle): Observable<Cycle> {
    return this.http.post<Cycle>(`${API_BASE}/cycles`, cycle);
  }

  changeStatus(id: string, status: CycleStatus): Observable<Cycle> {
    return this.http.patch<Cycle>(cycleUrl(id), { status });
  }

  extendDeadline(id: string, extension: DeadlineExtension): Observable<Cycle> {
    return this.http.post<Cycle>(`${cycleUrl(id)}/deadline-extensions`, extension);
  }

  /** Every state, for names (the states feature's API is not shared across features). */
  states(): Observable<State[]> {
    return this.http.get<State[]>(`${API_BASE}/states`);
  }

  regions(): Observable<Region[]> {
    return this.http.get<Region[]>(`${API_BASE}/regions`);
  }

  /** The Secretariat's view of one state's reminders. */
  reminder(id: string, stateCode: string): Observable<StateReminder> {
    return this.http.get<StateReminder>(reminderUrl(id, stateCode));
  }

  /** Reminds a state's people to send the report (the Secretariat; once an hour at most). */
  remind(id: string, stateCode: string): Observable<StateReminder> {
    return this.http.post<StateReminder>(reminderUrl(id, stateCode), {});
  }

  /** Reminds every state whose report is overdue; says who was reminded and who skipped. */
  remindOverdue(id: string): Observable<LateReminders> {
    return this.http.post<LateReminders>(`${cycleUrl(id)}/reminders`, {});
  }

  /** One row per expected state (a state's own people: their state's row only). */
  reviewList(id: string): Observable<ReviewRow[]> {
    return this.http.get<ReviewRow[]>(`${cycleUrl(id)}/reports`);
  }
}
