/**
 * Fills an EMPTY database with believable demo data: closed reporting cycles 2023, 2024 and 2025
 * (mostly approved) and an open 2026 cycle with reports in every status of the workflow, texts in
 * English and Russian, evidence files, comment threads, and demo accounts. Everything goes through
 * the same services as the API, so the data obeys the same rules (carry-over, versions, revisions,
 * timeline, notifications).
 *
 *   npm run seed:demo -w server            (MONGODB_URI, or the embedded database like `npm start`)
 *
 * Never runs by itself. Refuses a database that already holds cycles or reports. The answers come
 * from a pseudo-random generator with a fixed seed, so two runs give the same reports; only the
 * dates of the open cycle follow today (it opened 35 days ago, its deadline is in 9 days).
 */
import {
  type EntryChange,
  type ImplementationStatus,
  type Locale,
  type Role,
  type User,
  type ReportEntry,
} from '@ppm/shared';
import { activeActions, actionArea, SUPPORT_CATEGORIES, type SupportCategory } from '@ppm/shared';
import mongoose from 'mongoose';
import { loadConfig } from '../src/config/config.js';
import { connectDatabase } from '../src/platform/database/connect.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/platform/database/embedded-database.js';
import { createLogger } from '../src/platform/logger.js';
import { createMailer } from '../src/platform/mail/mailer.js';
import { loadCurrentPlan } from '../src/modules/action-plan/plan-store.js';
import { CycleModel } from '../src/modules/cycles/cycle.model.js';
import { CyclesService } from '../src/modules/cycles/cycles.service.js';
import { NotificationModel } from '../src/modules/notifications/notification.model.js';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { EvidenceService } from '../src/modules/reports/evidence/evidence.service.js';
import { ReportCommentsService } from '../src/modules/reports/report-comments.service.js';
import { ReportEventModel } from '../src/modules/reports/report-event.model.js';
import { ReportModel } from '../src/modules/reports/report.model.js';
import { ReportWorkflowService } from '../src/modules/reports/report-workflow.service.js';
import { ReportsService } from '../src/modules/reports/reports.service.js';
import { RevisionModel } from '../src/modules/reports/revision.model.js';
import { StateModel } from '../src/modules/states/state.model.js';
import { assertAcceptablePassword, hashPassword } from '../src/modules/users/password.js';
import { toUserView, UserModel } from '../src/modules/users/user.model.js';

const SEED = 20_230_101;
const DEMO_PASSWORD = 'Vltava-Danube-Demo-2026';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const CONCURRENCY = 6;

// ─── Deterministic randomness ────────────────────────────────────────────────────────────────

/** FNV-1a: a stable number for a text, to seed one generator per cycle and state. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: small, fast, good enough for demo data, and the same on every machine. */
class Dice {
  private state: number;
  constructor(key: string) {
    this.state = hashOf(`${SEED}:${key}`);
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

// ─── Texts in both languages ─────────────────────────────────────────────────────────────────

type Texts = Record<Locale, string[]>;

const AREA_TEXTS: Record<string, Texts> = {
  '1': {
    en: [
      'In {year} the border and migration services held {n} joint risk analysis sessions with neighbouring states.',
      '{n} officers were trained in detecting forged documents and smuggling routes in {year}.',
    ],
    ru: [
      'В {year} году пограничная и миграционная службы провели {n} совместных сессий анализа рисков с соседними государствами.',
      'В {year} году {n} сотрудников прошли обучение по выявлению поддельных документов и маршрутов незаконного ввоза.',
    ],
  },
  '2': {
    en: [
      '{n} returnees received reintegration support through the national programme in {year}.',
      'The readmission agreement was applied in {n} cases in {year}; procedures now take at most 30 days.',
    ],
    ru: [
      'В {year} году {n} возвращённых лиц получили помощь в реинтеграции по национальной программе.',
      'В {year} году соглашение о реадмиссии применено в {n} случаях; процедуры занимают не более 30 дней.',
    ],
  },
  '3': {
    en: [
      '{n} workers took part in pre-departure orientation courses in {year}.',
      'The online portal on legal employment abroad registered {n} users in {year}.',
    ],
    ru: [
      'В {year} году {n} трудовых мигрантов прошли курсы предвыездной подготовки.',
      'В {year} году на портале о легальном трудоустройстве за рубежом зарегистрировались {n} пользователей.',
    ],
  },
  '4': {
    en: [
      '{n} migrants attended language and civic orientation courses in {year}.',
      'Municipal one-stop shops advised {n} newly arrived residents in {year}.',
    ],
    ru: [
      'В {year} году {n} мигрантов посетили языковые курсы и курсы гражданской ориентации.',
      'В {year} году муниципальные центры «одного окна» проконсультировали {n} вновь прибывших жителей.',
    ],
  },
  '5': {
    en: [
      'A diaspora engagement forum gathered {n} participants in {year}.',
      'Monitoring of remittance costs covered {n} transfer corridors in {year}.',
    ],
    ru: [
      'В {year} году форум по взаимодействию с диаспорой собрал {n} участников.',
      'В {year} году мониторинг стоимости денежных переводов охватил {n} коридоров.',
    ],
  },
  '6': {
    en: [
      '{n} asylum caseworkers completed training on interviewing techniques in {year}.',
      'Reception capacity was increased by {n} places in {year}.',
    ],
    ru: [
      'В {year} году {n} сотрудников по делам об убежище прошли обучение методике собеседования.',
      'В {year} году вместимость центров приёма увеличена на {n} мест.',
    ],
  },
};

const STATUS_LEAD: Record<Locale, Record<ImplementationStatus, string>> = {
  en: {
    not_started: 'Work has not started yet; it is planned for the next reporting period.',
    limited: 'First steps were taken.',
    substantial: 'Most planned measures are under way.',
    completed: 'The action has been completed.',
  },
  ru: {
    not_started: 'Работа ещё не начата; она запланирована на следующий отчётный период.',
    limited: 'Сделаны первые шаги.',
    substantial: 'Большинство запланированных мер реализуется.',
    completed: 'Действие выполнено.',
  },
};

const OBSTACLES: Texts = {
  en: [
    'Limited budget for the planned measures.',
    'High staff turnover in the responsible unit.',
    'The draft law is still pending in parliament.',
    'Coordination between ministries takes time.',
    'Reliable statistical data are lacking.',
  ],
  ru: [
    'Ограниченный бюджет на запланированные меры.',
    'Высокая текучесть кадров в ответственном подразделении.',
    'Законопроект всё ещё находится на рассмотрении парламента.',
    'Координация между министерствами требует времени.',
    'Недостаточно достоверных статистических данных.',
  ],
};

const SUPPORT: { category: SupportCategory; en: string; ru: string }[] = [
  { category: 'training', en: 'Training for trainers would help.', ru: 'Полезным было бы обучение инструкторов.' },
  {
    category: 'exchange_of_practice',
    en: 'We would welcome a study visit to a state with a similar system.',
    ru: 'Мы приветствовали бы ознакомительный визит в государство со схожей системой.',
  },
  {
    category: 'expertise',
    en: 'Expert advice on the draft regulation is needed.',
    ru: 'Требуется экспертная консультация по проекту положения.',
  },
  {
    category: 'equipment',
    en: 'Co-funding of equipment would speed up the work.',
    ru: 'Софинансирование оборудования ускорило бы работу.',
  },
  {
    category: 'funding',
    en: 'Project funding for the pilot phase is sought.',
    ru: 'Требуется проектное финансирование пилотного этапа.',
  },
];

const INDICATORS: Record<string, { en: string; ru: string; unit: Record<Locale, string> }> = {
  '1': { en: 'Officers trained', ru: 'Обучено сотрудников', unit: { en: 'persons', ru: 'чел.' } },
  '2': { en: 'Returnees assisted', ru: 'Получили помощь возвращённые лица', unit: { en: 'persons', ru: 'чел.' } },
  '3': {
    en: 'Participants in orientation courses',
    ru: 'Участники предвыездных курсов',
    unit: { en: 'persons', ru: 'чел.' },
  },
  '4': { en: 'Course participants', ru: 'Участники курсов', unit: { en: 'persons', ru: 'чел.' } },
  '5': { en: 'Forum participants', ru: 'Участники форума', unit: { en: 'persons', ru: 'чел.' } },
  '6': { en: 'Caseworkers trained', ru: 'Обучено сотрудников', unit: { en: 'persons', ru: 'чел.' } },
};

const RETURN_COMMENT: Record<Locale, { report: string; entries: string[] }> = {
  en: {
    report: 'Thank you. Please add figures for the reporting period and complete the entries marked below.',
    entries: [
      'Please say how many people took part.',
      'Which legal act does this refer to?',
      'Please add a link to the source.',
    ],
  },
  ru: {
    report: 'Спасибо. Просим добавить данные за отчётный период и дополнить отмеченные ниже разделы.',
    entries: [
      'Просим указать число участников.',
      'О каком нормативном акте идёт речь?',
      'Просим добавить ссылку на источник.',
    ],
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

// ─── Who reports how ─────────────────────────────────────────────────────────────────────────

const LEVELS: ImplementationStatus[] = ['not_started', 'limited', 'substantial', 'completed'];

/** How likely a state of a region takes part in an action of an area (participation is voluntary). */
function participationChance(region: string, area: string): number {
  const base: Record<string, number> = { EU: 0.85, SCH: 0.8, EAP: 0.75, WB: 0.8, CA: 0.7, TR: 0.85, RU: 0.5, UK: 0.75 };
  const adjust: Record<string, Record<string, number>> = {
    EU: { '5': -0.2 },
    CA: { '3': 0.2, '4': -0.3, '6': -0.25 },
    WB: { '2': 0.1 },
    EAP: { '3': 0.1 },
  };
  return Math.min(0.97, (base[region] ?? 0.75) + (adjust[region]?.[area] ?? 0));
}

/** Where a region stood in 2023 on the 0..3 scale, and how likely it moves a step up each year. */
const START_LEVEL: Record<string, number> = { EU: 1.6, SCH: 1.6, UK: 1.5, TR: 1.4, WB: 1.2, EAP: 1.1, CA: 0.9, RU: 1 };
const PROGRESS: Record<string, number> = {
  EU: 0.4,
  SCH: 0.4,
  UK: 0.35,
  TR: 0.35,
  WB: 0.35,
  EAP: 0.3,
  CA: 0.3,
  RU: 0.2,
};

function languageOf(region: string, dice: Dice): Locale {
  if (region === 'CA' || region === 'RU') return dice.chance(0.9) ? 'ru' : 'en';
  if (region === 'EAP') return dice.chance(0.6) ? 'ru' : 'en';
  return 'en';
}

type Outcome = 'not_started' | 'draft' | 'returned' | 'submitted' | 'approved' | 'approved_after_return' | 'reopened';

/** Past cycles: mostly approved, a few never finished. */
function pastOutcome(dice: Dice): Outcome {
  const roll = dice.next();
  if (roll < 0.05) return 'not_started';
  if (roll < 0.08) return 'submitted';
  if (roll < 0.1) return 'returned';
  return roll < 0.3 ? 'approved_after_return' : 'approved';
}

/** The open cycle: every status of the workflow; the demo accounts' states fixed so each shows one. */
const CURRENT_FIXED: Record<string, Outcome> = {
  AT: 'submitted',
  KZ: 'returned',
  GE: 'draft',
  RS: 'approved',
  UZ: 'not_started',
  SI: 'reopened',
  RU: 'not_started',
};
function currentOutcome(stateCode: string, dice: Dice): Outcome {
  const fixed = CURRENT_FIXED[stateCode];
  if (fixed) return fixed;
  const roll = dice.next();
  if (roll < 0.1) return 'not_started';
  if (roll < 0.4) return 'draft';
  if (roll < 0.5) return 'returned';
  if (roll < 0.75) return 'submitted';
  return 'approved';
}

// ─── Accounts ────────────────────────────────────────────────────────────────────────────────

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
  locale: Locale;
}

const ACCOUNTS: DemoAccount[] = [
  {
    email: 'secretariat@demo.example.org',
    name: 'Eva Novak (ICMPD Secretariat)',
    role: 'secretariat',
    stateCode: null,
    locale: 'en',
  },
  {
    email: 'evaluator@demo.example.org',
    name: 'Tomasz Zieliński (Evaluator)',
    role: 'evaluator',
    stateCode: null,
    locale: 'en',
  },
  { email: 'focal.at@demo.example.org', name: 'Lukas Gruber', role: 'focal_point', stateCode: 'AT', locale: 'en' },
  { email: 'focal.kz@demo.example.org', name: 'Айгерим Сапарова', role: 'focal_point', stateCode: 'KZ', locale: 'ru' },
  {
    email: 'contributor.kz@demo.example.org',
    name: 'Ержан Омаров',
    role: 'contributor',
    stateCode: 'KZ',
    locale: 'ru',
  },
  { email: 'focal.ge@demo.example.org', name: 'Nino Beridze', role: 'focal_point', stateCode: 'GE', locale: 'en' },
  { email: 'focal.rs@demo.example.org', name: 'Milica Jovanović', role: 'focal_point', stateCode: 'RS', locale: 'en' },
  { email: 'focal.uz@demo.example.org', name: 'Дильшод Каримов', role: 'focal_point', stateCode: 'UZ', locale: 'ru' },
];

async function createAccounts(): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  for (const account of ACCOUNTS) {
    assertAcceptablePassword(DEMO_PASSWORD, account.email);
    const existing = await UserModel.findOne({ email: account.email });
    const user =
      existing ??
      (await UserModel.create({
        ...account,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        active: true,
        mustChangePassword: false,
      }));
    users.set(account.email, toUserView(user));
  }
  return users;
}

/** The state's focal point as an actor: its demo account, or a stand-in that is not an account. */
function focalPointOf(stateCode: string, stateName: string, locale: Locale, users: Map<string, User>): User {
  const account = [...users.values()].find((user) => user.role === 'focal_point' && user.stateCode === stateCode);
  return (
    account ?? {
      // Not an account: a stable id so that histories name the same stand-in each time.
      id: `${hashOf(stateCode).toString(16).padStart(8, '0')}${'0'.repeat(16)}`,
      email: `focal.${stateCode.toLowerCase()}@example.org`,
      name: locale === 'ru' ? `Национальный координатор (${stateName})` : `National contact point (${stateName})`,
      role: 'focal_point',
      stateCode,
      locale,
      active: true,
      mustChangePassword: false,
    }
  );
}

// ─── A small real PDF to attach as evidence ─────────────────────────────────────────────────

function demoPdf(title: string): Buffer {
  const text = title.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// ─── One state's report in one cycle ────────────────────────────────────────────────────────

interface CycleSpec {
  year: number;
  id: string;
  opensAt: Date;
  deadline: Date;
  /** The latest moment anything may happen (now, for the open cycle). */
  until: Date;
  current: boolean;
}

interface StateInfo {
  code: string;
  region: string;
  name: { en: string; ru: string };
}

interface Context {
  secretariat: User;
  users: Map<string, User>;
  actionCodes: string[];
}

/** A clock the services read, moved forward as the story of a report goes on. */
class Clock {
  constructor(private time: number) {}
  readonly now = () => new Date(this.time);
  advance(milliseconds: number, limit: Date): void {
    this.time = Math.min(this.time + milliseconds, limit.getTime() - 1000);
  }
}

function services(clock: Clock) {
  const notifications = new NotificationsService({
    mailer: createMailer(undefined, 'demo', createLogger('silent')),
    publicUrl: 'http://localhost:8080',
    now: clock.now,
  });
  return {
    reports: new ReportsService({ now: clock.now }),
    workflow: new ReportWorkflowService({ notifications, now: clock.now }),
    evidence: new EvidenceService({ now: clock.now }),
    comments: new ReportCommentsService({ notifications, now: clock.now }),
  };
}

/** This cycle's answer for one action, moving on from last cycle's where there was one. */
function answerFor(entry: ReportEntry, cycle: CycleSpec, state: StateInfo, lang: Locale, dice: Dice): EntryChange {
  const area = actionArea(entry.actionCode);
  const previousLevel = entry.status ? LEVELS.indexOf(entry.status) : -1;
  const participating =
    entry.participation === null
      ? dice.chance(participationChance(state.region, area))
      : (entry.participation === 'participating') !== dice.chance(0.03);
  if (!participating) return { actionCode: entry.actionCode, participation: 'not_participating', status: null };
  const level =
    previousLevel >= 0
      ? Math.min(3, previousLevel + (dice.chance(PROGRESS[state.region] ?? 0.3) ? 1 : 0))
      : Math.max(
          0,
          Math.min(
            3,
            Math.round((START_LEVEL[state.region] ?? 1) + (dice.next() - 0.5) * 2 + (cycle.year - 2023) * 0.3),
          ),
        );
  const status = LEVELS[level]!;
  const n = dice.int(3, 40) * (area === '3' || area === '4' ? 25 : 5);
  const narrative =
    status === 'not_started'
      ? STATUS_LEAD[lang][status]
      : `${STATUS_LEAD[lang][status]} ${fill(dice.pick(AREA_TEXTS[area]![lang]), { year: cycle.year, n })}`;
  const change: EntryChange = {
    actionCode: entry.actionCode,
    participation: 'participating',
    status,
    narrative: { text: narrative, lang },
  };
  if (status !== 'completed' && dice.chance(0.35)) change.obstacles = { text: dice.pick(OBSTACLES[lang]), lang };
  if (dice.chance(state.region === 'EU' || state.region === 'SCH' ? 0.1 : 0.35)) {
    const support = dice.pick(SUPPORT);
    const other = dice.chance(0.3) ? [dice.pick(SUPPORT_CATEGORIES)] : [];
    change.supportNeeded = { categories: [support.category, ...other], text: { text: support[lang], lang } };
  }
  if (dice.chance(0.25)) {
    const indicator = INDICATORS[area]!;
    change.indicators = [{ name: indicator[lang], value: n, unit: indicator.unit[lang], note: '' }];
  }
  if (dice.chance(0.15)) {
    change.links = [
      {
        title: lang === 'ru' ? `Национальный план действий на ${cycle.year} год` : `National action plan ${cycle.year}`,
        url: `https://www.example.org/${state.code.toLowerCase()}/migration/action-plan-${cycle.year}.pdf`,
      },
    ];
  }
  return change;
}

async function reportStory(cycle: CycleSpec, state: StateInfo, outcome: Outcome, context: Context): Promise<void> {
  if (outcome === 'not_started') return;
  const dice = new Dice(`${cycle.year}:${state.code}:story`);
  const lang = languageOf(state.region, new Dice(`${state.code}:language`));
  const actor = focalPointOf(state.code, lang === 'ru' ? state.name.ru : state.name.en, lang, context.users);
  const late = !cycle.current && dice.chance(0.15);
  const window = cycle.deadline.getTime() - cycle.opensAt.getTime();
  const clock = new Clock(cycle.opensAt.getTime() + dice.next() * window * 0.6);
  const { reports, workflow, evidence } = services(clock);
  const step = (hours: number) => clock.advance(hours * HOUR, cycle.until);

  let report = await reports.get(actor, cycle.id, state.code);
  step(dice.int(2, 72));
  const answers = report.entries.map((entry) => answerFor(entry, cycle, state, lang, dice));
  // A draft in the open cycle is partly done: about a third touched, the rest still carried over.
  const touched = outcome === 'draft' ? answers.filter(() => dice.chance(0.35)) : answers;
  const half = Math.ceil(touched.length / 2);
  for (const part of [touched.slice(0, half), touched.slice(half)]) {
    if (part.length === 0) continue;
    report = await reports.save(actor, cycle.id, state.code, { version: report.version, entries: part });
    step(dice.int(4, 96));
  }
  if (cycle.year >= 2025 && (state.code === 'AT' || state.code === 'KZ' || dice.chance(0.1))) {
    const actionCode = state.code === 'KZ' ? '3.1' : '1.1';
    const title =
      lang === 'ru' ? `Отчёт ${state.code} ${cycle.year}.pdf` : `National report ${state.code} ${cycle.year}.pdf`;
    report = (
      await evidence.upload(actor, cycle.id, state.code, actionCode, {
        contentType: 'application/pdf',
        fileName: title,
        data: demoPdf(`${state.name.en}: national report ${cycle.year}`),
      })
    ).report;
    step(dice.int(1, 24));
  }
  if (outcome === 'draft') return;

  if (late) clock.advance(cycle.deadline.getTime() - clock.now().getTime() + dice.int(1, 20) * DAY, cycle.until);
  await workflow.submit(actor, cycle.id, state.code);
  step(dice.int(24, 240));
  if (outcome === 'submitted') return;

  const comments = RETURN_COMMENT[lang];
  if (outcome === 'returned' || outcome === 'approved_after_return') {
    const answered = report.entries
      .filter((entry) => entry.participation === 'participating')
      .map((entry) => entry.actionCode);
    const participating = answered.length > 0 ? answered : report.entries.map((entry) => entry.actionCode);
    const marked = [dice.pick(participating), dice.pick(participating)].filter(
      (code, index, all) => all.indexOf(code) === index,
    );
    await workflow.return(context.secretariat, cycle.id, state.code, {
      comment: comments.report,
      entryComments: marked.map((actionCode) => ({ actionCode, comment: dice.pick(comments.entries) })),
    });
    step(dice.int(24, 168));
    if (outcome === 'returned') return;
    report = await reports.get(actor, cycle.id, state.code);
    const fixes = marked.map((actionCode) => {
      const entry = report.entries.find((candidate) => candidate.actionCode === actionCode)!;
      const extra =
        lang === 'ru'
          ? ' Уточнённые данные добавлены по запросу Секретариата.'
          : ' Updated figures were added at the Secretariat’s request.';
      return { actionCode, narrative: { text: `${entry.narrative.text}${extra}`, lang } };
    });
    report = await reports.save(actor, cycle.id, state.code, { version: report.version, entries: fixes });
    step(dice.int(2, 48));
    await workflow.submit(actor, cycle.id, state.code);
    step(dice.int(24, 120));
  }
  await workflow.approve(context.secretariat, cycle.id, state.code);
  if (outcome === 'reopened') {
    step(dice.int(24, 96));
    const reason =
      lang === 'ru'
        ? 'Требуется исправить данные по направлению 3 после обновления национальной статистики.'
        : 'Figures in area 3 need a correction after the national statistics update.';
    await workflow.reopen(context.secretariat, cycle.id, state.code, reason);
  }
}

/** Runs the tasks with at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// ─── The cycles ──────────────────────────────────────────────────────────────────────────────

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function seedCycle(
  year: number,
  dates: { opensAt: Date; deadline: Date; until: Date; current: boolean },
  states: StateInfo[],
  context: Context,
  log: (message: string) => void,
): Promise<void> {
  const cycleClock = new Clock(dates.opensAt.getTime() - 10 * DAY);
  const cycles = new CyclesService({
    notifications: new NotificationsService({
      mailer: createMailer(undefined, 'demo', createLogger('silent')),
      publicUrl: '',
      now: cycleClock.now,
    }),
    now: cycleClock.now,
  });
  const created = await cycles.create(context.secretariat, {
    name: { en: `${year} annual report`, ru: `Ежегодный отчёт за ${year} год` },
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    opensAt: isoDay(dates.opensAt),
    deadline: isoDay(dates.deadline),
  });
  cycleClock.advance(10 * DAY, dates.until);
  await cycles.update(context.secretariat, created.id, { status: 'open' });
  const cycle: CycleSpec = { year, id: created.id, ...dates };
  const outcomes = new Map(
    states.map((state) => {
      const dice = new Dice(`${year}:${state.code}:outcome`);
      const outcome = dates.current
        ? currentOutcome(state.code, dice)
        : state.code === 'RU'
          ? 'not_started'
          : pastOutcome(dice);
      return [state.code, outcome] as const;
    }),
  );
  await inPool(states, CONCURRENCY, (state) => reportStory(cycle, state, outcomes.get(state.code)!, context));
  if (dates.current) {
    cycleClock.advance(30 * DAY, dates.until);
    for (const stateCode of ['GE', 'UA']) {
      await cycles.extendDeadline(context.secretariat, created.id, {
        stateCode,
        deadline: isoDay(new Date(dates.deadline.getTime() + 14 * DAY)),
      });
    }
  } else {
    cycleClock.advance(Number.MAX_SAFE_INTEGER, dates.until);
    await cycles.update(context.secretariat, created.id, { status: 'closed' });
  }
  const counts = [...outcomes.values()].reduce<Record<string, number>>(
    (all, outcome) => ({ ...all, [outcome]: (all[outcome] ?? 0) + 1 }),
    {},
  );
  log(
    `${year}: ${dates.current ? 'open' : 'closed'}, ${Object.entries(counts)
      .map(([outcome, count]) => `${count} ${outcome}`)
      .join(', ')}`,
  );
}

async function discussions(cycleId: string, context: Context, until: Date): Promise<void> {
  const clock = new Clock(until.getTime() - 6 * DAY);
  const { comments } = services(clock);
  const kazakhstan = context.users.get('focal.kz@demo.example.org')!;
  const austria = context.users.get('focal.at@demo.example.org')!;
  await comments.add(context.secretariat, cycleId, 'KZ', {
    actionCode: '3.1',
    text: 'Could you share the number of pre-departure courses held in the regions?',
  });
  clock.advance(20 * HOUR, until);
  await comments.add(kazakhstan, cycleId, 'KZ', {
    actionCode: '3.1',
    text: 'Курсы проведены в 12 областях; таблицу приложим к отчёту.',
    lang: 'ru',
  });
  clock.advance(30 * HOUR, until);
  await comments.add(austria, cycleId, 'AT', {
    actionCode: '4.2',
    text: 'Should municipal programmes be reported here or under 4.1?',
  });
  clock.advance(5 * HOUR, until);
  await comments.add(context.secretariat, cycleId, 'AT', {
    actionCode: '4.2',
    text: 'Under 4.2, please; 4.1 covers the national strategy.',
  });
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const say = (message: string) => process.stdout.write(`${message}\n`);

  let embedded: EmbeddedDatabase | undefined;
  if (!config.mongodbUri) {
    say(`MONGODB_URI is not set: starting the embedded database (data in ${config.dataDir})`);
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      cacheDir: config.dbCacheDir,
      databaseName: 'ppmonitor',
      logger,
    });
  }
  try {
    await connectDatabase(config.mongodbUri ?? embedded!.uri);
    const [cycleCount, reportCount] = await Promise.all([CycleModel.countDocuments(), ReportModel.countDocuments()]);
    if (cycleCount > 0 || reportCount > 0) {
      process.stderr.write(
        `This database already holds ${cycleCount} reporting cycle(s) and ${reportCount} report(s).\n` +
          'The demo seed only fills an EMPTY database; nothing was changed. Use another MONGODB_URI or DATA_DIR.\n',
      );
      process.exitCode = 1;
      return;
    }
    const started = Date.now();
    await seedStatesAndRegions(logger);
    await seedActionPlan(logger);
    await Promise.all([
      ReportModel.init(),
      RevisionModel.init(),
      ReportEventModel.init(),
      CycleModel.init(),
      UserModel.init(),
    ]);
    const users = await createAccounts();
    const secretariat = users.get('secretariat@demo.example.org')!;
    const plan = await loadCurrentPlan();
    const states = (await StateModel.find({ active: true }).sort({ code: 1 }).lean<StateInfo[]>()).map((state) => ({
      code: state.code,
      region: state.region,
      name: { en: state.name.en, ru: state.name.ru },
    }));
    const context: Context = { secretariat, users, actionCodes: activeActions(plan).map((action) => action.code) };
    say(`Creating reports for ${states.length} states and ${context.actionCodes.length} actions…`);

    for (const year of [2023, 2024, 2025]) {
      const opensAt = new Date(`${year + 1}-01-15T08:00:00Z`);
      const deadline = new Date(`${year + 1}-03-31T23:59:59Z`);
      await seedCycle(
        year,
        { opensAt, deadline, until: new Date(deadline.getTime() + 60 * DAY), current: false },
        states,
        context,
        say,
      );
    }
    const now = new Date();
    const today = new Date(`${isoDay(now)}T08:00:00Z`);
    const opensAt = new Date(today.getTime() - 35 * DAY);
    await seedCycle(
      2026,
      { opensAt, deadline: new Date(today.getTime() + 9 * DAY), until: now, current: true },
      states,
      context,
      say,
    );
    const current = await CycleModel.findOne({ status: 'open' }, { _id: 1 }).lean<{ _id: mongoose.Types.ObjectId }>();
    await discussions(String(current!._id), context, now);
    // What happened in the closed cycles was read back then.
    await NotificationModel.updateMany(
      { createdAt: mongoose.trusted({ $lt: opensAt }) },
      { $set: { readAt: opensAt } },
    );

    say(
      `\nDone in ${Math.round((Date.now() - started) / 1000)} s: ${await ReportModel.countDocuments()} reports, ${await RevisionModel.countDocuments()} revisions.`,
    );
    say(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const account of ACCOUNTS) {
      say(
        `  ${account.email.padEnd(34)} ${account.role.padEnd(12)} ${(account.stateCode ?? '').padEnd(2)}  ${account.name}`,
      );
    }
    say(
      '\nOpen 2026 cycle: AT submitted, KZ returned, GE draft (carried over), RS approved, SI reopened, UZ not started.',
    );
  } finally {
    await mongoose.disconnect();
    await embedded?.stop();
  }
}

await main();
