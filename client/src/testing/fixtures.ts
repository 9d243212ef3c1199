import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import type { User } from '@ppm/shared';
import { type Observable, of } from 'rxjs';

import type { ApiError } from '../app/core/http/api-error';

/** A person as the API describes them; override what the spec is about. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '6650a1b2c3d4e5f601234567',
    email: 'ada.admin@example.org',
    name: 'Ada Admin',
    role: 'admin',
    stateCode: null,
    locale: 'en',
    active: true,
    mustChangePassword: false,
    ...overrides,
  };
}

export const ADMIN = aUser();

export const FOCAL_POINT = aUser({
  id: '6650a1b2c3d4e5f601234568',
  email: 'aigerim.bekova@example.kz',
  name: 'Aigerim Bekova',
  role: 'focal_point',
  stateCode: 'KZ',
  locale: 'ru',
});

/** An `Actions` stream of the given events, for calling effects without TestBed. */
export function actionsOf(...actions: Action[]): Actions {
  return new Actions(of(...actions));
}

/** What HttpClient throws for an API error answer. */
export function httpError(
  status: number,
  error: { code: string; message?: string; details?: unknown } | null = null,
  headers: Record<string, string> = {},
): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    statusText: String(status),
    url: '/api/v1/test',
    headers: new HttpHeaders(headers),
    error: error ? { error: { message: `${error.code} happened`, ...error } } : null,
  });
}

/** A failed call as the store holds it. */
export function anApiError(overrides: Partial<ApiError> = {}): ApiError {
  return {
    status: 400,
    code: 'validation_failed',
    message: 'Not valid.',
    details: [],
    ...overrides,
  };
}

/** Collects everything an effect emits (synchronous fakes only). */
export function collect<T>(source: Observable<T>): T[] {
  const seen: T[] = [];
  source.subscribe((value) => seen.push(value));
  return seen;
}
