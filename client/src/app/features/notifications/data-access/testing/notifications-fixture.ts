import type { AppNotification } from '@ppm/shared';

/* A few notifications as `GET /notifications` returns them, newest first. */

export const CYCLE_ID = '6650a1b2c3d4e5f601230026';

export const SUBMITTED: AppNotification = {
  id: '6650a1b2c3d4e5f6012300a1',
  type: 'report_submitted',
  cycleId: CYCLE_ID,
  stateCode: 'KZ',
  actionCode: null,
  text: {
    en: 'Kazakhstan submitted its report for "2026 annual report".',
    ru: 'Казахстан: отчёт за «Ежегодный отчёт за 2026 год» представлен.',
  },
  link: `/reports/${CYCLE_ID}/KZ`,
  createdAt: '2026-11-29T09:55:00.000Z',
  readAt: null,
};

export const COMMENT: AppNotification = {
  id: '6650a1b2c3d4e5f6012300a2',
  type: 'comment_added',
  cycleId: CYCLE_ID,
  stateCode: 'AT',
  actionCode: '2.3',
  text: {
    en: 'New comment on action 2.3 in the report of Austria for "2026 annual report".',
    ru: 'Новый комментарий к действию 2.3 в отчёте (Австрия) за «Ежегодный отчёт за 2026 год».',
  },
  link: `/reports/${CYCLE_ID}/AT?action=2.3`,
  createdAt: '2026-11-29T07:00:00.000Z',
  readAt: null,
};

export const OPENED: AppNotification = {
  id: '6650a1b2c3d4e5f6012300a3',
  type: 'cycle_opened',
  cycleId: CYCLE_ID,
  stateCode: null,
  actionCode: null,
  text: {
    en: 'Reporting cycle "2026 annual report" is open: please report by 2026-12-08.',
    ru: 'Открыт отчётный цикл «Ежегодный отчёт за 2026 год»: просим представить отчёт до 2026-12-08.',
  },
  link: `/cycles/${CYCLE_ID}`,
  createdAt: '2026-11-27T10:00:00.000Z',
  readAt: '2026-11-27T11:00:00.000Z',
};

export const NOTIFICATIONS: AppNotification[] = [SUBMITTED, COMMENT, OPENED];

/** When the list was fetched in these specs. */
export const CHECKED_AT = '2026-11-29T10:00:00.000Z';
