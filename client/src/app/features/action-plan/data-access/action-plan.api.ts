import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionPlanView, LocalizedText } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** New titles of an area; what is left out stays as it is. */
export interface AreaChanges {
  readonly title?: LocalizedText;
  readonly shortTitle?: LocalizedText;
}

/** A new title, or retiring (true) or restoring (false) an action. */
export interface ActionChanges {
  readonly title?: LocalizedText;
  readonly retired?: boolean;
}

/**
 * The action plan: `/api/v1/action-plan`. Every edit sends the plan `version` it was based on
 * and answers with the whole plan in its new version (409 `stale_version` when someone else
 * changed it first).
 */
@Injectable({ providedIn: 'root' })
export class ActionPlanApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/action-plan`;

  get(): Observable<ActionPlanView> {
    return this.http.get<ActionPlanView>(this.base);
  }

  updateArea(areaCode: string, version: number, changes: AreaChanges): Observable<ActionPlanView> {
    return this.http.patch<ActionPlanView>(`${this.base}/areas/${encodeURIComponent(areaCode)}`, {
      version,
      ...changes,
    });
  }

  addAction(areaCode: string, version: number, title: LocalizedText): Observable<ActionPlanView> {
    return this.http.post<ActionPlanView>(
      `${this.base}/areas/${encodeURIComponent(areaCode)}/actions`,
      { version, title },
    );
  }

  updateAction(
    actionCode: string,
    version: number,
    changes: ActionChanges,
  ): Observable<ActionPlanView> {
    return this.http.patch<ActionPlanView>(
      `${this.base}/actions/${encodeURIComponent(actionCode)}`,
      { version, ...changes },
    );
  }

  /** `actionCodes`: every code of the area, retired ones too, each once. */
  reorderActions(
    areaCode: string,
    version: number,
    actionCodes: readonly string[],
  ): Observable<ActionPlanView> {
    return this.http.put<ActionPlanView>(
      `${this.base}/areas/${encodeURIComponent(areaCode)}/order`,
      { version, actionCodes },
    );
  }
}
