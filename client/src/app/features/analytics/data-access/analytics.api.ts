import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionPlanView, Cycle, Region, State } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';
import type { FigureRequest } from './figure-requests';

export const ANALYTICS_BASE = `${API_BASE}/analytics`;

/** The files of a cycle's figures, straight from the API (its session cookie authorises the download). */
export type ExportView = 'entries' | 'state' | 'area' | 'action';

export function exportUrl(
  format: 'xlsx' | 'csv',
  params: {
    cycleId: string;
    basis: string;
    lang: string;
    regionCode?: string | null;
    view?: ExportView;
  },
): string {
  let query = new HttpParams()
    .set('cycleId', params.cycleId)
    .set('basis', params.basis)
    .set('lang', params.lang);
  if (params.regionCode) {
    query = query.set('regionCode', params.regionCode);
  }
  if (format === 'csv') {
    query = query.set('view', params.view ?? 'entries');
  }
  return `${ANALYTICS_BASE}/export.${format}?${query.toString()}`;
}

/** `/api/v1/analytics/...`, and the cycles and names the dashboard shows with them. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  /** One figure request, as `figureRequests` built it. */
  figure<T>(request: FigureRequest): Observable<T> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(request.params)) {
      for (const one of typeof value === 'string' ? [value] : value) {
        params = params.append(name, one);
      }
    }
    return this.http.get<T>(`${ANALYTICS_BASE}${request.path}`, { params });
  }

  setPublication(cycleId: string, published: boolean): Observable<unknown> {
    return this.http.put(`${ANALYTICS_BASE}/cycles/${encodeURIComponent(cycleId)}/publication`, {
      published,
    });
  }

  cycles(): Observable<Cycle[]> {
    return this.http.get<Cycle[]>(`${API_BASE}/cycles`);
  }

  plan(): Observable<ActionPlanView> {
    return this.http.get<ActionPlanView>(`${API_BASE}/action-plan`);
  }

  states(): Observable<State[]> {
    return this.http.get<State[]>(`${API_BASE}/states`);
  }

  regions(): Observable<Region[]> {
    return this.http.get<Region[]>(`${API_BASE}/regions`);
  }
}
