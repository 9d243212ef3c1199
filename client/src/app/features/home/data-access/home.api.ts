import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Cycle,
  EvaluationSummary,
  ProgressResponse,
  ReportView,
  ReviewRow,
  State,
  SubmissionsResponse,
  User,
} from '@ppm/shared';
import type { ProgressGroup } from '@ppm/shared/rules';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

import { API_BASE } from '../../../core/http';

const cycleUrl = (cycleId: string): string => `${API_BASE}/cycles/${encodeURIComponent(cycleId)}`;

/**
 * The few reads the home page makes, each a plain GET. Written here rather than taken from the
 * cycles, reports and people features' API classes so that the landing page's chunk does not
 * carry those features' stores and effects (ADR 7: the first screen stays light).
 */
@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly http = inject(HttpClient);

  /** Cycles the person may see (a state's people: those their state reports in). */
  cycles(): Observable<Cycle[]> {
    return this.http.get<Cycle[]>(`${API_BASE}/cycles`);
  }

  states(): Observable<State[]> {
    return this.http.get<State[]>(`${API_BASE}/states`);
  }

  /** One row per expected state; a state's own people get their state's row only. */
  reviewList(cycleId: string): Observable<ReviewRow[]> {
    return this.http.get<ReviewRow[]>(`${cycleUrl(cycleId)}/reports`);
  }

  /** Read only when the report exists (returned): a first GET by the state creates the draft. */
  report(cycleId: string, stateCode: string): Observable<ReportView> {
    return this.http.get<ReportView>(
      `${cycleUrl(cycleId)}/reports/${encodeURIComponent(stateCode)}`,
    );
  }

  /** Who has reported and who is late (issue 8's analytics API). */
  submissions(cycleId: string): Observable<SubmissionsResponse> {
    return this.http.get<SubmissionsResponse>(`${API_BASE}/analytics/submissions`, {
      params: { cycleId },
    });
  }

  /** Figures per cooperation area over submitted and approved reports: work in progress. */
  progressByArea(cycleId: string): Observable<ProgressGroup[]> {
    return this.http
      .get<ProgressResponse>(`${API_BASE}/analytics/progress`, {
        params: { cycleId, by: 'area', basis: 'submitted' },
      })
      .pipe(map((answer) => answer.groups));
  }

  evaluations(): Observable<EvaluationSummary[]> {
    return this.http.get<EvaluationSummary[]>(`${API_BASE}/evaluations`);
  }

  people(): Observable<User[]> {
    return this.http.get<User[]>(`${API_BASE}/users`);
  }
}
