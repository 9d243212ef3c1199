import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LocalizedText, Region, State } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** What the Secretariat may change about a state; what is left out stays. */
export interface StateChanges {
  readonly active?: boolean;
  readonly region?: string;
  readonly name?: LocalizedText;
}

/** States and regions: `/api/v1/states`, `/api/v1/regions`. Everyone reads; the Secretariat edits. */
@Injectable({ providedIn: 'root' })
export class StatesApi {
  private readonly http = inject(HttpClient);

  states(): Observable<State[]> {
    return this.http.get<State[]>(`${API_BASE}/states`);
  }

  regions(): Observable<Region[]> {
    return this.http.get<Region[]>(`${API_BASE}/regions`);
  }

  updateState(code: string, changes: StateChanges): Observable<State> {
    return this.http.patch<State>(`${API_BASE}/states/${encodeURIComponent(code)}`, changes);
  }

  createRegion(region: Region): Observable<Region> {
    return this.http.post<Region>(`${API_BASE}/regions`, region);
  }

  renameRegion(code: string, name: LocalizedText): Observable<Region> {
    return this.http.patch<Region>(`${API_BASE}/regions/${encodeURIComponent(code)}`, { name });
  }
}
