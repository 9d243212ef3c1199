import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LocalizedText, State } from '@ppm/shared';
import { type Observable, map } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** The name of a person's state, in both languages, as the Secretariat keeps it (`/api/v1/states`). */
@Injectable({ providedIn: 'root' })
export class StateNamesApi {
  private readonly http = inject(HttpClient);

  /** The state's name, or null for a code the list does not hold. */
  nameOf(code: string): Observable<LocalizedText | null> {
    return this.http
      .get<State[]>(`${API_BASE}/states`)
      .pipe(map((states) => states.find((state) => state.code === code)?.name ?? null));
  }
}
