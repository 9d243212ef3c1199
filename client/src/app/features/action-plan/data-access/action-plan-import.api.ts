import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionPlanView, ImportPreview } from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';

export type TemplateFormat = 'xlsx' | 'csv';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The address of the import template, prefilled with the actions in force. */
export function templateUrl(format: TemplateFormat): string {
  return `${API_BASE}/action-plan/import/template?format=${format}`;
}

/**
 * The Content-Type to send a spreadsheet with. Browsers leave `File.type` empty for some
 * files; the server tells XLSX from CSV by the content anyway, so this only has to be one of
 * the types it accepts.
 */
export function uploadType(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) {
    return file.type;
  }
  return file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
}

/**
 * Importing the official action list (Secretariat): preview a spreadsheet, then apply the
 * preview. Provided on the import route, which gives it an `HttpClient` on XMLHttpRequest:
 * the app's fetch backend cannot report upload progress.
 */
@Injectable()
export class ActionPlanImportApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${API_BASE}/action-plan/import`;

  /** Sends the file itself as the body; emits upload progress, then the preview. */
  preview(file: File): Observable<HttpEvent<ImportPreview>> {
    return this.http.post<ImportPreview>(`${this.base}/preview`, file, {
      headers: { 'Content-Type': uploadType(file) },
      reportProgress: true,
      observe: 'events',
    });
  }

  /** Applies exactly what was previewed, if the plan is still at `version`. */
  apply(previewId: string, version: number): Observable<ActionPlanView> {
    return this.http.post<ActionPlanView>(`${this.base}/${encodeURIComponent(previewId)}/apply`, {
      version,
    });
  }
}
