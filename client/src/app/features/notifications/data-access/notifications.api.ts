import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AppNotification, NotificationList } from '@ppm/shared';
import { type Observable, map } from 'rxjs';

import { API_BASE } from '../../../core/http';

/** The signed-in person's own notifications: `/api/v1/notifications`. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** The newest hundred, and how many are unread in all. */
  list(): Observable<NotificationList> {
    return this.http.get<NotificationList>(`${API_BASE}/notifications`);
  }

  markRead(id: string): Observable<AppNotification> {
    return this.http.post<AppNotification>(
      `${API_BASE}/notifications/${encodeURIComponent(id)}/read`,
      null,
    );
  }

  markAllRead(): Observable<void> {
    return this.http.post(`${API_BASE}/notifications/read-all`, null).pipe(map(() => undefined));
  }
}
