import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionPlanView,
  Cycle,
  OpenReplyWindow,
  Region,
  State,
  StatePassages,
} from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';
import type {
  Evaluation,
  EvaluationSummary,
  EvaluationTexts,
  Evidence,
  Handling,
  NewEvaluation,
  Reply,
  ReplyTarget,
  ReportFile,
} from './evaluation.model';

const BASE = `${API_BASE}/evaluations`;
const evaluationUrl = (id: string): string => `${BASE}/${encodeURIComponent(id)}`;

/** Where a report file is fetched: `report.docx?lang=ru&version=2`. */
export function reportFileUrl(id: string, file: ReportFile): string {
  const version = file.version === null ? '' : `&version=${file.version}`;
  return `${evaluationUrl(id)}/report.${file.format}?lang=${file.lang}${version}`;
}

/**
 * Evaluations: `/api/v1/evaluations`. Evaluators and the Secretariat create, edit, finalise and
 * download; every save carries the version it was based on (409 when someone saved first).
 */
@Injectable({ providedIn: 'root' })
export class EvaluationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<EvaluationSummary[]> {
    return this.http.get<EvaluationSummary[]>(BASE);
  }

  get(id: string): Observable<Evaluation> {
    return this.http.get<Evaluation>(evaluationUrl(id));
  }

  create(evaluation: NewEvaluation): Observable<Evaluation> {
    return this.http.post<Evaluation>(BASE, evaluation);
  }

  save(id: string, version: number, texts: EvaluationTexts): Observable<Evaluation> {
    return this.http.patch<Evaluation>(evaluationUrl(id), { version, ...texts });
  }

  /** Finalises the version the evaluator sees (409 when someone saved meanwhile). */
  finalize(id: string, version: number): Observable<Evaluation> {
    return this.http.post<Evaluation>(`${evaluationUrl(id)}/finalize`, { version });
  }

  evidence(id: string): Observable<Evidence> {
    return this.http.get<Evidence>(`${evaluationUrl(id)}/evidence`);
  }

  /** The file as it is made and sent: progress events, then the body. */
  download(id: string, file: ReportFile): Observable<HttpEvent<Blob>> {
    return this.http.get(reportFileUrl(id, file), {
      responseType: 'blob',
      observe: 'events',
      reportProgress: true,
    });
  }

  /** Opens the right of reply until the end of `closesOn` (UTC, "YYYY-MM-DD"). */
  openReplyWindow(id: string, version: number, closesOn: string): Observable<Evaluation> {
    return this.http.post<Evaluation>(`${evaluationUrl(id)}/reply-window`, { version, closesOn });
  }

  closeReplyWindow(id: string): Observable<Evaluation> {
    return this.http.delete<Evaluation>(`${evaluationUrl(id)}/reply-window`);
  }

  replies(id: string): Observable<Reply[]> {
    return this.http.get<Reply[]>(`${evaluationUrl(id)}/replies`);
  }

  /** Records how a reply was handled; `version` is the reply's (409 when stale). */
  handleReply(
    id: string,
    reply: Pick<Reply, 'id' | 'version'>,
    outcome: Handling,
    note: string,
  ): Observable<Reply> {
    return this.http.patch<Reply>(`${evaluationUrl(id)}/replies/${encodeURIComponent(reply.id)}`, {
      version: reply.version,
      outcome,
      note,
    });
  }

  /** A focal point's open reply windows. */
  replyWindows(): Observable<OpenReplyWindow[]> {
    return this.http.get<OpenReplyWindow[]>(`${BASE}/reply-windows`);
  }

  /** What a focal point sees of an evaluation: its own state's passages. */
  passages(id: string): Observable<StatePassages> {
    return this.http.get<StatePassages>(`${evaluationUrl(id)}/passages`);
  }

  reply(id: string, target: ReplyTarget, text: string): Observable<Reply> {
    return this.http.post<Reply>(`${evaluationUrl(id)}/replies`, { target, text });
  }

  /** Names for the pickers and the figures (other features' APIs are not shared). */
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
