import { HttpClient, HttpContext, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionPlanView,
  Cycle,
  CycleChanges,
  EntryChange,
  EvidenceFile,
  ReportEvent,
  ReportView,
  RevisionComparison,
  RevisionSummary,
  State,
  ThreadComment,
} from '@ppm/shared';
import type { Observable } from 'rxjs';

import { API_BASE } from '../../../core/http';
import { EarlyReads } from './early-reads';
import { PAGE_SHOWS_REFUSAL, QUIET_WHEN_OFFLINE } from './reports-http';

/** Which report: a state's report in a reporting cycle. */
export interface ReportKey {
  readonly cycleId: string;
  readonly stateCode: string;
}

/** A save: only the changed entries, with the version they were based on. */
export interface SaveBody {
  readonly version: number;
  readonly entries: readonly EntryChange[];
}

/** Sending a report back: a remark on the report and optionally on entries. */
export interface ReturnBody {
  readonly comment: string;
  readonly entryComments?: readonly { actionCode: string; comment: string }[];
}

const PLAN_URL = `${API_BASE}/action-plan`;
const STATES_URL = `${API_BASE}/states`;
const CYCLES_URL = `${API_BASE}/cycles`;

function cycleUrl(cycleId: string): string {
  return `${CYCLES_URL}/${encodeURIComponent(cycleId)}`;
}

export function reportUrl({ cycleId, stateCode }: ReportKey): string {
  return `${API_BASE}/cycles/${encodeURIComponent(cycleId)}/reports/${encodeURIComponent(stateCode)}`;
}

/** Where an evidence file downloads from (the session cookie goes along). */
export function evidenceFileUrl(key: ReportKey, actionCode: string, fileId: string): string {
  return `${reportUrl(key)}/entries/${encodeURIComponent(actionCode)}/files/${encodeURIComponent(fileId)}`;
}

/** The report page shows a refused report or cycle itself (its "cannot be opened" page): no snackbar. */
const refusalShownByPage = () => ({ context: new HttpContext().set(PAGE_SHOWS_REFUSAL, true) });

/**
 * A state's report in a cycle: `/api/v1/cycles/:cycleId/reports/:stateCode` and what hangs off
 * it. Provided on the report routes, whose HttpClient runs on XMLHttpRequest for upload
 * progress.
 */
@Injectable()
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly early = inject(EarlyReads);

  /**
   * Starts the reads the report page opens with (report, cycle, plan, states) before it asks:
   * its first `get`, `cycle`, `plan` and `states` take these answers over.
   */
  startReportReads(key: ReportKey): void {
    this.early.start(reportUrl(key), this.http.get(reportUrl(key), refusalShownByPage()));
    this.early.start(
      cycleUrl(key.cycleId),
      this.http.get(cycleUrl(key.cycleId), refusalShownByPage()),
    );
    for (const url of [PLAN_URL, STATES_URL]) {
      this.early.start(url, this.http.get(url));
    }
  }

  /**
   * Starts the read of the cycles `/my-report` opens with, and answers it; the next `cycles()`
   * takes the same answer over.
   */
  startCyclesRead(): Observable<Cycle[]> {
    return this.early.start(CYCLES_URL, this.http.get<Cycle[]>(CYCLES_URL));
  }

  /** The action plan, for the titles of areas and actions. */
  plan(): Observable<ActionPlanView> {
    return this.read<ActionPlanView>(PLAN_URL);
  }

  /** Every state, for the name of the report's state. */
  states(): Observable<State[]> {
    return this.read<State[]>(STATES_URL);
  }

  cycles(): Observable<Cycle[]> {
    return this.read<Cycle[]>(CYCLES_URL);
  }

  cycle(cycleId: string): Observable<Cycle> {
    return this.read<Cycle>(cycleUrl(cycleId), refusalShownByPage());
  }

  /** The report; the state's own people get their draft created while the cycle is open. */
  get(key: ReportKey): Observable<ReportView> {
    return this.read<ReportView>(reportUrl(key), refusalShownByPage());
  }

  private read<T>(url: string, options: { context?: HttpContext } = {}): Observable<T> {
    return this.early.take(url, () => this.http.get<T>(url, options));
  }

  /** 409 `stale_version` (with the current report) when someone saved in between. */
  save(key: ReportKey, body: SaveBody): Observable<ReportView> {
    return this.http.put<ReportView>(reportUrl(key), body, {
      context: new HttpContext().set(QUIET_WHEN_OFFLINE, true),
    });
  }

  /** 422 `report_incomplete` lists per action what is missing. */
  submit(key: ReportKey): Observable<ReportView> {
    return this.http.post<ReportView>(`${reportUrl(key)}/submit`, {});
  }

  returnForRevision(key: ReportKey, body: ReturnBody): Observable<ReportView> {
    return this.http.post<ReportView>(`${reportUrl(key)}/return`, body);
  }

  approve(key: ReportKey): Observable<ReportView> {
    return this.http.post<ReportView>(`${reportUrl(key)}/approve`, {});
  }

  reopen(key: ReportKey, comment: string): Observable<ReportView> {
    return this.http.post<ReportView>(`${reportUrl(key)}/reopen`, { comment });
  }

  /** Revisions, newest first. */
  history(key: ReportKey): Observable<RevisionSummary[]> {
    return this.http.get<RevisionSummary[]>(`${reportUrl(key)}/history`);
  }

  compare(key: ReportKey, from: number, to: number): Observable<RevisionComparison> {
    return this.http.get<RevisionComparison>(`${reportUrl(key)}/history/compare`, {
      params: { from: String(from), to: String(to) },
    });
  }

  /** Workflow steps, oldest first. */
  timeline(key: ReportKey): Observable<ReportEvent[]> {
    return this.http.get<ReportEvent[]>(`${reportUrl(key)}/timeline`);
  }

  /** Per action, the previous cycle's answers against the current ones. */
  changes(key: ReportKey): Observable<CycleChanges> {
    return this.http.get<CycleChanges>(`${reportUrl(key)}/changes`);
  }

  /** Every entry's thread, by action then time. */
  comments(key: ReportKey): Observable<ThreadComment[]> {
    return this.http.get<ThreadComment[]>(`${reportUrl(key)}/comments`);
  }

  addComment(
    key: ReportKey,
    comment: { actionCode: string; text: string; lang: string },
  ): Observable<ThreadComment> {
    return this.http.post<ThreadComment>(`${reportUrl(key)}/comments`, comment);
  }
}

/** What an upload answers: the stored file and the report in its new version. */
export interface UploadAnswer {
  readonly file: EvidenceFile;
  readonly report: ReportView;
}

/** Evidence files of an entry: the request body is the file itself. */
@Injectable()
export class EvidenceApi {
  private readonly http = inject(HttpClient);

  /** Emits upload progress, then the answer. */
  upload(
    key: ReportKey,
    actionCode: string,
    file: Blob,
    fileName: string,
    contentType: string,
  ): Observable<HttpEvent<UploadAnswer>> {
    return this.http.post<UploadAnswer>(
      `${reportUrl(key)}/entries/${encodeURIComponent(actionCode)}/files`,
      file,
      {
        headers: { 'Content-Type': contentType, 'X-File-Name': encodeURIComponent(fileName) },
        reportProgress: true,
        observe: 'events',
      },
    );
  }

  remove(key: ReportKey, actionCode: string, fileId: string): Observable<ReportView> {
    return this.http.delete<ReportView>(evidenceFileUrl(key, actionCode, fileId));
  }
}
