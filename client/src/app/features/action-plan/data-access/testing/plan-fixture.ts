import type { Action, ActionPlanView, ImportPreview, LocalizedText } from '@ppm/shared';

/*
 * Test data shaped like the Action Plan 2023-2027 as the API returns it: the six real areas
 * with their titles, and as many actions as the real plan has (9, 9, 9, 8, 9, 9).
 * Written out here rather than taken from `@ppm/shared`, whose runtime brings zod along.
 */

const text = (en: string, ru: string): LocalizedText => ({ en, ru });

const AREAS: readonly [string, LocalizedText, LocalizedText, number][] = [
  [
    '1',
    text(
      'Preventing and fighting illegal migration',
      'Предотвращение незаконной миграции и борьба с ней',
    ),
    text('Irregular migration', 'Нерегулярная миграция'),
    9,
  ],
  [
    '2',
    text(
      'Readmission, voluntary return and sustainable reintegration',
      'Реадмиссия, добровольное возвращение и устойчивая реинтеграция',
    ),
    text('Return and reintegration', 'Возвращение и реинтеграция'),
    9,
  ],
  [
    '3',
    text(
      'Legal migration with a special emphasis on labour migration',
      'Законная миграция с особым акцентом на трудовую миграцию',
    ),
    text('Legal and labour migration', 'Законная и трудовая миграция'),
    9,
  ],
  [
    '4',
    text('Integration of legally residing migrants', 'Интеграция законно проживающих мигрантов'),
    text('Integration', 'Интеграция'),
    8,
  ],
  [
    '5',
    text('Migration, mobility and development', 'Миграция, мобильность и развитие'),
    text('Migration and development', 'Миграция и развитие'),
    9,
  ],
  [
    '6',
    text(
      'Strengthening capacities in the area of asylum and international protection',
      'Укрепление потенциала в области убежища и международной защиты',
    ),
    text('Asylum and international protection', 'Убежище и международная защита'),
    9,
  ],
];

function actionsOf(areaCode: string, count: number): Action[] {
  return Array.from({ length: count }, (_, index) => {
    const code = `${areaCode}.${index + 1}`;
    return { code, title: text(`Action ${code}`, `Действие ${code}`), retired: false };
  });
}

/** The plan at `version`, all 53 actions in force, flagged illustrative. */
export function planFixture(version = 3): ActionPlanView {
  return {
    version,
    title: text(
      'Prague Process Action Plan 2023-2027',
      'План действий Пражского процесса на 2023-2027 годы',
    ),
    period: { from: 2023, to: 2027 },
    actionsAreIllustrative: true,
    areas: AREAS.map(([code, title, shortTitle, count]) => ({
      code,
      title,
      shortTitle,
      actions: actionsOf(code, count),
    })),
  };
}

/** The plan with some actions of area 1 retired. */
export function planWithRetired(retired: readonly string[], version = 3): ActionPlanView {
  const plan = planFixture(version);
  return {
    ...plan,
    areas: plan.areas.map((area) => ({
      ...area,
      actions: area.actions.map((action) => ({
        ...action,
        retired: retired.includes(action.code),
      })),
    })),
  };
}

/** A preview of a file with errors, like the server's answer to a bad CSV. */
export function badPreview(): ImportPreview {
  return {
    previewId: '0b7e2a36-8a2c-4d4e-9d7e-3f4f8f1b9a10',
    valid: false,
    errors: [
      'Area 3 (Legal migration with a special emphasis on labour migration) has no actions in the file; every area needs at least one.',
    ],
    rows: [
      {
        row: 2,
        areaCode: '1',
        actionCode: '1.1',
        title: text('Title one', 'Название один'),
        errors: [],
      },
      {
        row: 3,
        areaCode: '1',
        actionCode: '2.1',
        title: text('Title two', 'Название два'),
        errors: ['Action 2.1 does not belong to area 1: its code must start with "1.".'],
      },
      {
        row: 4,
        areaCode: '7',
        actionCode: '7.1',
        title: text('', 'Без английского'),
        errors: ['There is no area 7 in the action plan.', 'The English title is missing.'],
      },
    ],
    changes: {
      added: [],
      removed: ['1.2'],
      restored: [],
      retitled: [
        {
          code: '1.1',
          before: text('Action 1.1', 'Действие 1.1'),
          after: text('Title one', 'Название один'),
        },
      ],
      unchanged: 0,
    },
    basedOnVersion: 3,
    expiresAt: '2026-11-29T15:00:00.000Z',
  };
}

/** A preview of a file without errors. */
export function goodPreview(): ImportPreview {
  return {
    previewId: '5d1c9f0e-2b7a-4c1e-8f3d-6a9b0c2d4e5f',
    valid: true,
    errors: [],
    rows: [
      {
        row: 2,
        areaCode: '1',
        actionCode: '1.1',
        title: text('Official 1.1', 'Официальное 1.1'),
        errors: [],
      },
      {
        row: 3,
        areaCode: '1',
        actionCode: '1.10',
        title: text('Official 1.10', 'Официальное 1.10'),
        errors: [],
      },
    ],
    changes: {
      added: ['1.10'],
      removed: ['1.2', '1.3'],
      restored: [],
      retitled: [
        {
          code: '1.1',
          before: text('Action 1.1', 'Действие 1.1'),
          after: text('Official 1.1', 'Официальное 1.1'),
        },
      ],
      unchanged: 48,
    },
    basedOnVersion: 3,
    expiresAt: '2026-11-29T15:00:00.000Z',
  };
}
