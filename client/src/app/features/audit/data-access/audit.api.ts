import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionPlanView, Cycle, Region, State } from '@ppm/shared';
import { type Observable, forkJoin, map } from 'rxjs';

import { API_BASE } from '../../../core/http';
import { type AuditNames, toAuditNames } from './audit-names';

/** One change by an admin or the Secretariat, as `GET /audit` returns it. */
export interface AuditEntry {
  readonly id: string;
  /** ISO date-time. */
  readonly at: string;
  readonly actor: { readonly id: string; readonly email: string; readonly name: string };
  /** Stable verb, e.g. "action.retired". */
  readonly action: string;
  /** What was changed: "action", "area", "state", "region", "user", "cycle", "action_plan". */
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditPage {
  readonly entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  readonly nextBefore: string | null;
}

export interface AuditQuery {
  readonly entity: string | null;
  readonly limit: number;
  readonly before: string | null;
}

/** Entries per page. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit log (admins and the Secretariat): `/api/v1/audit`, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<AuditPage> {
    let params = new HttpParams().set('limit', query.limit);
    if (query.entity) {
      params = params.set('entity', query.entity);
    }
    if (query.before) {
      params = params.set('before', query.before);
    }
    return this.http.get<AuditPage>(`${API_BASE}/audit`, { params });
  }

  /** Names of what entries refer to, so none is shown by its id or in the other language. */
  names(): Observable<AuditNames> {
    return forkJoin({
      cycles: this.http.get<Cycle[]>(`${API_BASE}/cycles`),
      states: this.http.get<State[]>(`${API_BASE}/states`),
      regions: this.http.get<Region[]>(`${API_BASE}/regions`),
      plan: this.http.get<ActionPlanView>(`${API_BASE}/action-plan`),
    }).pipe(map(({ plan, ...lists }) => toAuditNames({ ...lists, areas: plan.areas })));
  }
}
