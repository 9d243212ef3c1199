/**
 * One term per concept, per language: what the product calls things on every screen, in every
 * email, export and evaluation report. A translator picks from here; `glossary.spec.ts` reads every
 * translation file and every Russian text of the server and fails on a forbidden variant.
 *
 * Forbidden variants are regular expressions (case-insensitive, Unicode) matched as whole words,
 * so that every grammatical form is caught: "направлени(е|я|ю|…)".
 */
export interface GlossaryTerm {
  readonly en: string;
  readonly ru: string;
  /** Why this term and not the others, when it is not obvious. */
  readonly note?: string;
  readonly forbidden: { readonly en: readonly string[]; readonly ru: readonly string[] };
}

export const GLOSSARY = {
  area: {
    en: 'cooperation area (area 1)',
    ru: 'область сотрудничества (область 1)',
    note:
      'The plan, the overview, the audit and the evaluation reports say «область»; the area titles ' +
      'of the reference data speak of «в области …». «Направление» was a second name for the same thing.',
    forbidden: { en: ['thematic areas?', 'priority areas?'], ru: ['направлени(е|я|ю|ем|и|й|ям|ями|ях)'] },
  },
  action: {
    en: 'action (action 1.2)',
    ru: 'действие (действие 1.2)',
    note: '«Мера» named the same thing on the dashboards; «по мере» (as, while) is not the concept.',
    forbidden: {
      en: ['measures?'],
      ru: ['мера', 'меры', 'мер', '(?<!по )мере', 'меру', 'мерой', 'мерам', 'мерами', 'мерах'],
    },
  },
  state: {
    en: 'state',
    ru: 'государство',
    note: 'Kosovo* and the EU institutions are not all countries: the Prague Process says "state".',
    forbidden: { en: ['country', 'countries'], ru: ['стран(а|ы|е|у|ой|ам|ами|ах)?'] },
  },
  focalPoint: {
    en: 'national focal point',
    ru: 'национальный координатор',
    forbidden: { en: ['contact persons?'], ru: ['контактн\\p{L}* лиц\\p{L}*'] },
  },
  contributor: {
    en: 'report contributor',
    ru: 'участник подготовки отчёта',
    forbidden: { en: ['co-?authors?'], ru: ['соавтор\\p{L}*'] },
  },
  evaluator: {
    en: 'evaluator',
    ru: 'эксперт по оценке',
    forbidden: { en: ['assessors?'], ru: ['оценщик\\p{L}*'] },
  },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryConcept = keyof typeof GLOSSARY;

export interface GlossaryViolation {
  readonly concept: GlossaryConcept;
  readonly found: string;
}

/** The forbidden variants found in a text of the language, with the concept each belongs to. */
export function glossaryViolations(text: string, language: 'en' | 'ru'): GlossaryViolation[] {
  const violations: GlossaryViolation[] = [];
  for (const [concept, term] of Object.entries(GLOSSARY) as [GlossaryConcept, GlossaryTerm][]) {
    for (const variant of term.forbidden[language]) {
      const whole = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${variant})(?![\\p{L}\\p{N}_-])`, 'giu');
      for (const match of text.matchAll(whole)) {
        violations.push({ concept, found: match[0] });
      }
    }
  }
  return violations;
}
