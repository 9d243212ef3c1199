import type { Locale } from '@ppm/shared';

/** Every fixed text of the generated report, in both working languages. */
const LABELS = {
  en: {
    kicker: 'Prague Process',
    subtitle: (plan: string) => `Evaluation of the implementation of the ${plan}`,
    cyclesCovered: (names: string) => `Reporting cycles covered: ${names}`,
    team: (names: string) => `Evaluation team: ${names}`,
    finalEdition: (n: number, date: string) => `Final version ${n} · ${date}`,
    draftEdition: (v: number, date: string) => `Draft (version ${v}) · ${date}`,
    contents: 'Contents',
    page: 'Page',
    of: 'of',
    executiveSummary: 'Executive summary',
    introduction: '1. Introduction and context',
    theProcess: '1.1 The Prague Process',
    processText:
      'The Prague Process is a migration dialogue among about fifty states of the European Union, the Schengen area, the Eastern Partnership, the Western Balkans, Central Asia and Türkiye, started at the Ministerial Conference in Prague in April 2009. ICMPD in Vienna is its Secretariat. Ministerial Conferences set its direction; Senior Officials\u2019 Meetings monitor ongoing actions; National Contact Points carry the day-to-day work.',
    theStates: '1.2 The states',
    statesText: (n: number) => `This evaluation covers ${n} states. The table shows them by region.`,
    theActionPlan: '1.3 The action plan',
    planText: (plan: string, areas: number, actions: number) =>
      `The ${plan} groups its work in ${areas} areas of cooperation and ${actions} actions. States take part in the actions that fit their situation: participation is voluntary, and “not participating” never counts as “not started”.`,
    illustrative:
      'The action texts stored in the system are illustrative until the Secretariat loads the official list.',
    evaluatorsIntroduction: '1.4 Purpose of this evaluation',
    methodology: '2. Methodology',
    scope: '2.1 Scope',
    scopeCycles: (names: string) => `Reporting cycles: ${names}.`,
    scopeAreas: (names: string) => `Areas: ${names}.`,
    scopeAllAreas: 'Areas: all areas of the action plan.',
    scopeStates: (names: string) => `States: ${names}.`,
    scopeAllStates: 'States: every state expected to report in these cycles.',
    criteria: '2.2 Evaluation criteria',
    criteriaText: 'Each criterion is assessed in chapter 4 on a four-level scale:',
    dataSources: '2.3 Data sources',
    dataText:
      'The figures come from the national reports approved by the Secretariat in the system: where a state reported in several cycles, its latest approved report is used. Quotations are passages of approved reports, cited by state, cycle, action and report version. The score of an area or action is the mean implementation score of participating states (0 not started, 1 limited, 2 substantial, 3 completed) as a percentage of the top score.',
    baselineText: (label: string) => `Figures are compared with the baseline: ${label}.`,
    replyText: (n: number) =>
      n === 0
        ? 'Before finalisation, the states were offered a right of reply on the passages about them; no state replied.'
        : `Before finalisation, the states were offered a right of reply on the passages about them; ${n} ${n === 1 ? 'state' : 'states'} replied.`,
    noReplyWindow: 'No right-of-reply window was opened for this version.',
    response: '2.4 Response',
    responseText: (approved: number, expected: number, cycle: string) =>
      `In ${cycle}, ${approved} of ${expected} expected states had an approved report.`,
    findings: '3. Findings by area',
    overview: '3.0 Overview',
    areaHeading: (code: string, title: string) => `3.${code} Area ${code}: ${title}`,
    areaFigures: (participating: number, notParticipating: number, score: string) =>
      `Participating entries: ${participating}; not participating: ${notParticipating}; score: ${score}.`,
    findingsOfEvaluator: 'Findings',
    noFindings: 'The evaluator has recorded no finding for this area.',
    quotations: 'Quotations from national reports',
    supportAndCoverage: 'Support needs and coverage',
    untouched: (codes: string) => `Actions no state in scope takes part in: ${codes}.`,
    noUntouched: 'Every action in scope has at least one participating state.',
    assessment: '4. Assessment by criterion',
    rating: (label: string) => `Rating: ${label}`,
    notRated: 'Rating: not yet given',
    conclusionsAndRecommendations: '5. Conclusions and recommendations',
    conclusions: '5.1 Conclusions',
    recommendations: '5.2 Recommendations',
    noRecommendations: 'No recommendation has been recorded.',
    annexes: 'Annexes',
    annexStates: 'Annex A. Implementation by state and area',
    annexActions: 'Annex B. The list of actions',
    annexResponse: 'Annex C. Response by cycle and region',
    notWritten: 'The evaluator has not written this section yet.',
    onlyInOther: 'This text is available only in Russian; it is reproduced as written.',
    quoteInOther: 'in Russian',
    citation: (state: string, cycle: string, action: string, version: number, other: boolean) =>
      `${state}, ${cycle}, action ${action}, report version ${version}${other ? ' (in Russian)' : ''}`,
    quoteMissing: 'This quotation is no longer part of an approved report.',
    col: {
      area: 'Area',
      action: 'Action',
      title: 'Title',
      state: 'State',
      region: 'Region',
      cycle: 'Cycle',
      expected: 'Expected',
      approved: 'Approved',
      rate: 'Rate',
      participating: 'Participating',
      notParticipating: 'Not participating',
      score: 'Score',
      baseline: 'Baseline',
      change: 'Change',
      states: 'States',
      actions: 'Actions',
      number: 'No.',
      recommendation: 'Recommendation',
      priority: 'Priority',
      addressee: 'Addressee',
      areas: 'Areas',
      supportAsked: 'Entries asking for support',
      code: 'Code',
    },
    priority: { high: 'High', medium: 'Medium', low: 'Low' },
    addressee: { states: 'States', secretariat: 'Secretariat', donors: 'Donors', partners: 'Partners' },
    status: {
      not_started: 'Not started',
      limited: 'Limited progress',
      substantial: 'Substantial progress',
      completed: 'Completed',
    },
    support: {
      training: 'Training',
      expertise: 'Expertise',
      funding: 'Funding',
      exchange_of_practice: 'Exchange of practice',
      equipment: 'Equipment',
      other: 'Other',
    },
    notParticipating: 'Not participating',
    scoreAxis: 'Score (% of the top score)',
    entriesAxis: 'Entries',
    chart: {
      scoreByArea: 'Figure: score by area',
      trend: 'Figure: score by area in each cycle',
      distribution: (code: string) => `Figure: implementation of the actions of area ${code}`,
      responseByRegion: 'Figure: approved reports by region',
      support: 'Figure: support asked for, by kind',
    },
    table: {
      regions: 'Table: states by region',
      areas: 'Table: areas and actions',
      response: 'Table: response by cycle',
      actions: (code: string) => `Table: actions of area ${code}`,
      recommendations: 'Table: recommendations',
      states: 'Table: score by state and area',
      actionList: 'Table: actions of the plan',
      responseByRegion: 'Table: response by cycle and region',
      support: 'Table: support needs by area',
    },
    current: 'Current',
    none: '–',
    all: 'all',
  },
  ru: {
    kicker: 'Пражский процесс',
    subtitle: (plan: string) => `Оценка выполнения: ${plan}`,
    cyclesCovered: (names: string) => `Охваченные отчётные циклы: ${names}`,
    team: (names: string) => `Группа оценки: ${names}`,
    finalEdition: (n: number, date: string) => `Окончательная версия ${n} · ${date}`,
    draftEdition: (v: number, date: string) => `Проект (версия ${v}) · ${date}`,
    contents: 'Содержание',
    page: 'Стр.',
    of: 'из',
    executiveSummary: 'Резюме',
    introduction: '1. Введение и контекст',
    theProcess: '1.1 Пражский процесс',
    processText:
      'Пражский процесс — диалог по вопросам миграции около пятидесяти государств Европейского союза, Шенгенского пространства, Восточного партнёрства, Западных Балкан, Центральной Азии и Турции, начатый на министерской конференции в Праге в апреле 2009 года. Его секретариатом является МЦРМП (ICMPD) в Вене. Министерские конференции задают курс работы, совещания старших должностных лиц следят за выполнением действий, национальные контактные пункты ведут повседневную работу.',
    theStates: '1.2 Государства',
    statesText: (n: number) => `Оценка охватывает ${n} государств(а). В таблице они сгруппированы по регионам.`,
    theActionPlan: '1.3 План действий',
    planText: (plan: string, areas: number, actions: number) =>
      `${plan}: ${areas} областей сотрудничества и ${actions} действий. Государства участвуют в действиях, отвечающих их положению: участие добровольное, и «не участвует» никогда не считается «не начато».`,
    illustrative:
      'Тексты действий в системе носят иллюстративный характер, пока Секретариат не загрузит официальный перечень.',
    evaluatorsIntroduction: '1.4 Цель оценки',
    methodology: '2. Методология',
    scope: '2.1 Охват',
    scopeCycles: (names: string) => `Отчётные циклы: ${names}.`,
    scopeAreas: (names: string) => `Области: ${names}.`,
    scopeAllAreas: 'Области: все области плана действий.',
    scopeStates: (names: string) => `Государства: ${names}.`,
    scopeAllStates: 'Государства: все государства, которые должны были отчитаться в этих циклах.',
    criteria: '2.2 Критерии оценки',
    criteriaText: 'Каждый критерий оценивается в главе 4 по четырёхуровневой шкале:',
    dataSources: '2.3 Источники данных',
    dataText:
      'Показатели взяты из национальных отчётов, утверждённых Секретариатом в системе: если государство отчитывалось в нескольких циклах, используется его последний утверждённый отчёт. Цитаты — фрагменты утверждённых отчётов со ссылкой на государство, цикл, действие и версию отчёта. Балл области или действия — средний балл выполнения у участвующих государств (0 не начато, 1 ограниченный, 2 существенный, 3 выполнено) в процентах от высшего балла.',
    baselineText: (label: string) => `Показатели сравниваются с базой сравнения: ${label}.`,
    replyText: (n: number) =>
      n === 0
        ? 'До утверждения государствам было предложено право ответа на касающиеся их фрагменты; ни одно государство не ответило.'
        : `До утверждения государствам было предложено право ответа на касающиеся их фрагменты; ответили государства: ${n}.`,
    noReplyWindow: 'Окно для права ответа для этой версии не открывалось.',
    response: '2.4 Отклик',
    responseText: (approved: number, expected: number, cycle: string) =>
      `В цикле «${cycle}» утверждённый отчёт имели ${approved} из ${expected} ожидаемых государств.`,
    findings: '3. Выводы по областям',
    overview: '3.0 Обзор',
    areaHeading: (code: string, title: string) => `3.${code} Область ${code}: ${title}`,
    areaFigures: (participating: number, notParticipating: number, score: string) =>
      `Участвующие записи: ${participating}; не участвует: ${notParticipating}; балл: ${score}.`,
    findingsOfEvaluator: 'Выводы',
    noFindings: 'Эксперт по оценке не записал выводов по этой области.',
    quotations: 'Цитаты из национальных отчётов',
    supportAndCoverage: 'Потребности в поддержке и охват',
    untouched: (codes: string) => `Действия, в которых не участвует ни одно государство: ${codes}.`,
    noUntouched: 'В каждом действии участвует хотя бы одно государство.',
    assessment: '4. Оценка по критериям',
    rating: (label: string) => `Оценка: ${label}`,
    notRated: 'Оценка: ещё не дана',
    conclusionsAndRecommendations: '5. Заключения и рекомендации',
    conclusions: '5.1 Заключения',
    recommendations: '5.2 Рекомендации',
    noRecommendations: 'Рекомендации не записаны.',
    annexes: 'Приложения',
    annexStates: 'Приложение A. Выполнение по государствам и областям',
    annexActions: 'Приложение B. Перечень действий',
    annexResponse: 'Приложение C. Отклик по циклам и регионам',
    notWritten: 'Эксперт по оценке ещё не написал этот раздел.',
    onlyInOther: 'Этот текст есть только на английском языке; он приводится в оригинале.',
    quoteInOther: 'на английском',
    citation: (state: string, cycle: string, action: string, version: number, other: boolean) =>
      `${state}, ${cycle}, действие ${action}, версия отчёта ${version}${other ? ' (на английском)' : ''}`,
    quoteMissing: 'Эта цитата больше не входит в утверждённый отчёт.',
    col: {
      area: 'Область',
      action: 'Действие',
      title: 'Название',
      state: 'Государство',
      region: 'Регион',
      cycle: 'Цикл',
      expected: 'Ожидалось',
      approved: 'Утверждено',
      rate: 'Доля',
      participating: 'Участвует',
      notParticipating: 'Не участвует',
      score: 'Балл',
      baseline: 'База',
      change: 'Изменение',
      states: 'Государства',
      actions: 'Действия',
      number: '№',
      recommendation: 'Рекомендация',
      priority: 'Приоритет',
      addressee: 'Адресат',
      areas: 'Области',
      supportAsked: 'Записи с запросом поддержки',
      code: 'Код',
    },
    priority: { high: 'Высокий', medium: 'Средний', low: 'Низкий' },
    addressee: { states: 'Государства', secretariat: 'Секретариат', donors: 'Доноры', partners: 'Партнёры' },
    status: {
      not_started: 'Не начато',
      limited: 'Ограниченный прогресс',
      substantial: 'Существенный прогресс',
      completed: 'Выполнено',
    },
    support: {
      training: 'Обучение',
      expertise: 'Экспертиза',
      funding: 'Финансирование',
      exchange_of_practice: 'Обмен опытом',
      equipment: 'Оборудование',
      other: 'Другое',
    },
    notParticipating: 'Не участвует',
    scoreAxis: 'Балл (% от высшего)',
    entriesAxis: 'Записи',
    chart: {
      scoreByArea: 'Рисунок: балл по областям',
      trend: 'Рисунок: балл по областям в каждом цикле',
      distribution: (code: string) => `Рисунок: выполнение действий области ${code}`,
      responseByRegion: 'Рисунок: утверждённые отчёты по регионам',
      support: 'Рисунок: запрошенная поддержка по видам',
    },
    table: {
      regions: 'Таблица: государства по регионам',
      areas: 'Таблица: области и действия',
      response: 'Таблица: отклик по циклам',
      actions: (code: string) => `Таблица: действия области ${code}`,
      recommendations: 'Таблица: рекомендации',
      states: 'Таблица: балл по государствам и областям',
      actionList: 'Таблица: действия плана',
      responseByRegion: 'Таблица: отклик по циклам и регионам',
      support: 'Таблица: потребности в поддержке по областям',
    },
    current: 'Сейчас',
    none: '–',
    all: 'все',
  },
} as const;

export type ReportLabels = (typeof LABELS)['en'];

export function labelsFor(lang: Locale): ReportLabels {
  return LABELS[lang] as unknown as ReportLabels;
}

/** A date as the report prints it, in UTC so that it never depends on the server's zone. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** Scores and rates with one decimal, in the language's notation. */
export function formatScore(value: number | null, lang: Locale): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatChange(value: number | null, lang: Locale): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${formatScore(value, lang)}`;
}
