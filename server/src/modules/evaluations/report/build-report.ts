import {
  IMPLEMENTATION_STATUSES,
  type BilingualText,
  type EvidenceQuote,
  type Locale,
  type LocalizedText,
  SUPPORT_CATEGORIES,
} from '@ppm/shared';
import { compareCodes } from '@ppm/shared/rules';
import type { ReportData } from '../evaluation-final.model.js';
import type { EvaluationContent } from '../evaluation.model.js';
import { quoteId } from '../evidence/compute-evidence.js';
import { NEUTRAL_COLOUR, OKABE_ITO, STATUS_COLOURS } from './chart-palette.js';
import type { Block, ReportDocument } from './report-document.js';
import { formatChange, formatDate, formatScore, labelsFor, type ReportLabels } from './report-labels.js';

export interface ReportEdition {
  kind: 'final' | 'draft';
  /** The final version's number, or the draft's version. */
  number: number;
  date: Date;
}

export interface ReportSource {
  content: Omit<EvaluationContent, 'cycleIds'> & { cycleIds: string[] };
  data: ReportData;
  edition: ReportEdition;
}

/** Turns an evaluation and the data it uses into the report's blocks, in one language. */
export function buildReport(source: ReportSource, lang: Locale): ReportDocument {
  return new ReportBuilder(source, lang).build();
}

class ReportBuilder {
  private readonly l: ReportLabels;
  private readonly blocks: Block[] = [];
  private readonly other: Locale;
  private readonly stateNames: Map<string, LocalizedText>;
  private readonly regionNames: Map<string, LocalizedText>;
  private readonly cycleNames: Map<string, LocalizedText>;

  constructor(
    private readonly source: ReportSource,
    private readonly lang: Locale,
  ) {
    this.l = labelsFor(lang);
    this.other = lang === 'en' ? 'ru' : 'en';
    const { reference, evidence } = source.data;
    this.stateNames = new Map(reference.states.map((state) => [state.code, state.name]));
    this.regionNames = new Map(reference.regions.map((region) => [region.code, region.name]));
    this.cycleNames = new Map(evidence.cycles.map((cycle) => [cycle.id, cycle.name]));
  }

  build(): ReportDocument {
    const { content, data, edition } = this.source;
    const title = this.pick(content.title) || this.source.content.title[this.other];
    const plan = data.reference.plan.title[this.lang];
    const date = formatDate(edition.date, this.lang);
    const cycles = data.evidence.cycles.map((cycle) => cycle.name[this.lang]).join(', ');
    const team = content.team
      .map((member) => (member.role ? `${member.name} (${member.role})` : member.name))
      .join(', ');
    this.blocks.push({ kind: 'toc' }, { kind: 'pageBreak' });
    this.executiveSummary();
    this.introduction();
    this.methodology();
    this.findings();
    this.assessment();
    this.conclusions();
    this.annexes();
    return {
      lang: this.lang,
      title,
      titlePage: {
        kicker: this.l.kicker,
        title,
        subtitle: this.l.subtitle(plan),
        lines: [this.l.cyclesCovered(cycles), ...(team ? [this.l.team(team)] : [])],
        edition:
          edition.kind === 'final'
            ? this.l.finalEdition(edition.number, date)
            : this.l.draftEdition(edition.number, date),
      },
      runningTitle: title,
      date: edition.date,
      labels: { contents: this.l.contents, page: this.l.page, of: this.l.of },
      blocks: this.blocks,
    };
  }

  private pick(text: BilingualText | LocalizedText): string {
    return text[this.lang].trim();
  }

  /** The evaluator's text in the report's language; otherwise a note and the other language; otherwise a note. */
  private written(text: BilingualText, missing = this.l.notWritten): void {
    const own = text[this.lang].trim();
    const other = text[this.other].trim();
    if (own) this.paragraphs(own);
    else if (other) {
      this.blocks.push({ kind: 'note', text: this.l.onlyInOther });
      this.paragraphs(other);
    } else this.blocks.push({ kind: 'note', text: missing });
  }

  private paragraphs(text: string): void {
    for (const paragraph of text.split(/\n\s*\n/)) {
      const trimmed = paragraph.trim();
      if (trimmed) this.blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }

  private heading(level: 1 | 2 | 3, text: string): void {
    this.blocks.push({ kind: 'heading', level, text });
  }

  private stateName(code: string): string {
    return this.stateNames.get(code)?.[this.lang] ?? code;
  }

  private areaTitle(code: string): string {
    return this.source.data.reference.plan.areas.find((area) => area.code === code)?.title[this.lang] ?? code;
  }

  private shortAreaTitle(code: string): string {
    return this.source.data.reference.plan.areas.find((area) => area.code === code)?.shortTitle[this.lang] ?? code;
  }

  private actionTitle(code: string): string {
    for (const area of this.source.data.reference.plan.areas) {
      const action = area.actions.find((candidate) => candidate.code === code);
      if (action) return action.title[this.lang];
    }
    return code;
  }

  private executiveSummary(): void {
    this.heading(1, this.l.executiveSummary);
    this.written(this.source.content.executiveSummary);
  }

  private introduction(): void {
    const { reference, evidence } = this.source.data;
    this.heading(1, this.l.introduction);
    this.heading(2, this.l.theProcess);
    this.blocks.push({ kind: 'paragraph', text: this.l.processText });
    this.heading(2, this.l.theStates);
    const states = this.statesCovered();
    this.blocks.push({ kind: 'paragraph', text: this.l.statesText(states.length) });
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.regions,
      columns: [
        { title: this.l.col.region, width: 30 },
        { title: this.l.col.states, width: 70 },
      ],
      rows: reference.regions
        .map((region) => [
          region.name[this.lang],
          states
            .filter((state) => state.region === region.code)
            .map((state) => state.name[this.lang])
            .join(', '),
        ])
        .filter((row) => row[1] !== ''),
    });
    this.heading(2, this.l.theActionPlan);
    const areaCodes = new Set(evidence.areas.map((area) => area.code));
    const areas = reference.plan.areas.filter((area) => areaCodes.has(area.code));
    this.blocks.push({
      kind: 'paragraph',
      text: this.l.planText(
        reference.plan.title[this.lang],
        areas.length,
        areas.reduce((sum, area) => sum + area.actions.length, 0),
      ),
    });
    if (reference.plan.actionsAreIllustrative) this.blocks.push({ kind: 'note', text: this.l.illustrative });
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.areas,
      columns: [
        { title: this.l.col.area, width: 10 },
        { title: this.l.col.title, width: 75 },
        { title: this.l.col.actions, numeric: true, width: 15 },
      ],
      rows: areas.map((area) => [area.code, area.title[this.lang], String(area.actions.length)]),
    });
    const intro = this.source.content.introduction;
    if (intro.en.trim() || intro.ru.trim()) {
      this.heading(2, this.l.evaluatorsIntroduction);
      this.written(intro);
    }
  }

  /** States the evaluation covers: expected in one of its cycles and within its scope. */
  private statesCovered() {
    const covered = new Set(this.source.data.statesCovered);
    return this.source.data.reference.states.filter((state) => covered.has(state.code));
  }

  private methodology(): void {
    const { content, data } = this.source;
    const { evidence } = data;
    this.heading(1, this.l.methodology);
    this.heading(2, this.l.scope);
    const scopeLines = [this.l.scopeCycles(evidence.cycles.map((cycle) => cycle.name[this.lang]).join(', '))];
    scopeLines.push(
      content.scope.areaCodes.length === 0
        ? this.l.scopeAllAreas
        : this.l.scopeAreas(content.scope.areaCodes.map((code) => `${code} ${this.shortAreaTitle(code)}`).join('; ')),
    );
    const named = [
      ...content.scope.regionCodes.map((code) => this.regionNames.get(code)?.[this.lang] ?? code),
      ...content.scope.stateCodes.map((code) => this.stateName(code)),
    ];
    scopeLines.push(named.length === 0 ? this.l.scopeAllStates : this.l.scopeStates(named.join(', ')));
    this.blocks.push({ kind: 'bullets', items: scopeLines });

    this.heading(2, this.l.criteria);
    this.blocks.push({ kind: 'paragraph', text: this.l.criteriaText });
    this.blocks.push({ kind: 'bullets', items: content.criteria.map((criterion) => criterion.label[this.lang]) });
    this.blocks.push({
      kind: 'paragraph',
      text: content.ratingScale.map((level) => level.label[this.lang]).join(' · '),
    });

    this.heading(2, this.l.dataSources);
    this.blocks.push({ kind: 'paragraph', text: this.l.dataText });
    if (evidence.baseline)
      this.blocks.push({ kind: 'paragraph', text: this.l.baselineText(evidence.baseline.label[this.lang]) });
    this.blocks.push({
      kind: 'paragraph',
      text: data.replyWindowOpened ? this.l.replyText(data.repliedStates.length) : this.l.noReplyWindow,
    });

    this.heading(2, this.l.response);
    const latest = evidence.responseRates.at(-1);
    if (latest) {
      this.blocks.push({
        kind: 'paragraph',
        text: this.l.responseText(
          latest.approved,
          latest.expected,
          this.cycleNames.get(latest.cycleId)?.[this.lang] ?? '',
        ),
      });
    }
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.response,
      columns: [
        { title: this.l.col.cycle, width: 46 },
        { title: this.l.col.expected, numeric: true, width: 18 },
        { title: this.l.col.approved, numeric: true, width: 18 },
        { title: `${this.l.col.rate}, %`, numeric: true, width: 18 },
      ],
      rows: evidence.responseRates.map((rate) => [
        this.cycleNames.get(rate.cycleId)?.[this.lang] ?? '',
        String(rate.expected),
        String(rate.approved),
        formatScore(rate.expected === 0 ? null : (rate.approved / rate.expected) * 100, this.lang),
      ]),
    });
    if (latest && latest.byRegion.length > 0) {
      this.blocks.push({
        kind: 'chart',
        caption: this.l.chart.responseByRegion,
        height: 260,
        chart: {
          type: 'bar',
          labels: latest.byRegion.map(
            (region) => this.regionNames.get(region.regionCode)?.[this.lang] ?? region.regionCode,
          ),
          datasets: [
            {
              label: this.l.col.expected,
              data: latest.byRegion.map((region) => region.expected),
              colour: NEUTRAL_COLOUR,
            },
            {
              label: this.l.col.approved,
              data: latest.byRegion.map((region) => region.approved),
              colour: STATUS_COLOURS.approved,
            },
          ],
          valueAxisTitle: this.l.col.states,
        },
      });
    }
  }

  private findings(): void {
    const { evidence } = this.source.data;
    this.heading(1, this.l.findings);
    this.heading(2, this.l.overview);
    const withBaseline = evidence.baseline !== null;
    this.blocks.push({
      kind: 'chart',
      caption: this.l.chart.scoreByArea,
      height: 80 + evidence.areas.length * (withBaseline ? 44 : 30),
      chart: {
        type: 'bar',
        horizontal: true,
        labels: evidence.areas.map((area) => `${area.code}. ${this.shortAreaTitle(area.code)}`),
        datasets: [
          { label: this.l.col.score, data: evidence.areas.map((area) => area.score), colour: OKABE_ITO[0] },
          ...(withBaseline
            ? [
                {
                  label: this.l.col.baseline,
                  data: evidence.areas.map((area) => area.baselineScore),
                  colour: NEUTRAL_COLOUR,
                },
              ]
            : []),
        ],
        max: 100,
        valueAxisTitle: this.l.scoreAxis,
      },
    });
    if (evidence.areaTrend.length > 1) {
      this.blocks.push({
        kind: 'chart',
        caption: this.l.chart.trend,
        height: 280,
        chart: {
          type: 'line',
          labels: evidence.areaTrend.map((point) => this.cycleNames.get(point.cycleId)?.[this.lang] ?? ''),
          datasets: evidence.areas.map((area, index) => ({
            label: `${area.code}. ${this.shortAreaTitle(area.code)}`,
            data: evidence.areaTrend.map((point) => point.areas.find((item) => item.code === area.code)?.score ?? null),
            colour: OKABE_ITO[index % OKABE_ITO.length]!,
          })),
          max: 100,
          valueAxisTitle: this.l.scoreAxis,
        },
      });
    }
    for (const area of evidence.areas) this.area(area.code);
    this.supportAndCoverage();
  }

  private area(code: string): void {
    const { evidence } = this.source.data;
    const area = evidence.areas.find((candidate) => candidate.code === code)!;
    const actions = evidence.actions.filter((action) => action.areaCode === code);
    const withBaseline = evidence.baseline !== null;
    this.heading(2, this.l.areaHeading(code, this.areaTitle(code)));
    this.blocks.push({
      kind: 'paragraph',
      text: this.l.areaFigures(area.participating, area.notParticipating, formatScore(area.score, this.lang)),
    });
    this.blocks.push({
      kind: 'chart',
      caption: this.l.chart.distribution(code),
      height: 60 + actions.length * 26,
      chart: {
        type: 'bar',
        horizontal: true,
        stacked: true,
        labels: actions.map((action) => action.code),
        datasets: [
          ...IMPLEMENTATION_STATUSES.map((status) => ({
            label: this.l.status[status],
            data: actions.map((action) => action.byStatus[status]),
            colour: STATUS_COLOURS[status],
          })),
          {
            label: this.l.notParticipating,
            data: actions.map((action) => action.notParticipating),
            colour: STATUS_COLOURS.not_participating,
          },
        ],
        valueAxisTitle: this.l.entriesAxis,
      },
    });
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.actions(code),
      columns: [
        { title: this.l.col.action, width: 12 },
        { title: this.l.col.title, width: withBaseline ? 33 : 40 },
        { title: this.l.col.participating, numeric: true, width: withBaseline ? 11 : 16 },
        { title: this.l.col.notParticipating, numeric: true, width: withBaseline ? 11 : 16 },
        { title: this.l.col.score, numeric: true, width: withBaseline ? 11 : 16 },
        ...(withBaseline
          ? [
              { title: this.l.col.baseline, numeric: true, width: 11 },
              { title: this.l.col.change, numeric: true, width: 11 },
            ]
          : []),
      ],
      rows: actions.map((action) => [
        action.code,
        this.actionTitle(action.code),
        String(action.participating),
        String(action.notParticipating),
        formatScore(action.score, this.lang),
        ...(withBaseline ? [formatScore(action.baselineScore, this.lang), formatChange(action.change, this.lang)] : []),
      ]),
    });
    this.heading(3, this.l.findingsOfEvaluator);
    const findings = this.source.content.findings.filter((finding) => finding.areaCode === code);
    if (findings.length === 0) this.blocks.push({ kind: 'note', text: this.l.noFindings });
    const quotes = new Map(evidence.quotes.map((quote) => [quote.id, quote]));
    for (const finding of findings) {
      this.written(finding.text);
      for (const pin of finding.pins) {
        const quote = quotes.get(quoteId(pin.cycleId, pin.stateCode, pin.actionCode, pin.kind));
        if (quote) this.quote(quote);
        else
          this.blocks.push({
            kind: 'note',
            text: `${this.l.quoteMissing} (${this.stateName(pin.stateCode)}, ${pin.actionCode})`,
          });
      }
    }
  }

  private quote(quote: EvidenceQuote): void {
    const cycle = this.cycleNames.get(quote.cycleId)?.[this.lang] ?? '';
    this.blocks.push({
      kind: 'quote',
      text: quote.text,
      citation: this.l.citation(
        this.stateName(quote.stateCode),
        cycle,
        quote.actionCode,
        quote.reportVersion,
        quote.lang !== this.lang,
      ),
    });
  }

  private supportAndCoverage(): void {
    const { evidence } = this.source.data;
    this.heading(2, `3.${evidence.areas.length + 1} ${this.l.supportAndCoverage}`);
    this.blocks.push({
      kind: 'chart',
      caption: this.l.chart.support,
      height: 240,
      chart: {
        type: 'bar',
        labels: SUPPORT_CATEGORIES.map((category) => this.l.support[category]),
        datasets: [
          {
            label: this.l.col.supportAsked,
            data: SUPPORT_CATEGORIES.map((category) => evidence.supportNeeds.byCategory[category]),
            colour: OKABE_ITO[2],
          },
        ],
        valueAxisTitle: this.l.entriesAxis,
      },
    });
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.support,
      columns: [
        { title: this.l.col.area, width: 22 },
        { title: this.l.col.supportAsked, numeric: true, width: 12 },
        ...SUPPORT_CATEGORIES.map((category) => ({ title: this.l.support[category], numeric: true, width: 11 })),
      ],
      rows: evidence.supportNeeds.byArea.map((area) => [
        `${area.areaCode}. ${this.shortAreaTitle(area.areaCode)}`,
        String(area.total),
        ...SUPPORT_CATEGORIES.map((category) => String(area.byCategory[category])),
      ]),
    });
    const untouched = evidence.coverage.untouchedActions;
    this.blocks.push({
      kind: 'paragraph',
      text: untouched.length === 0 ? this.l.noUntouched : this.l.untouched(untouched.join(', ')),
    });
  }

  private assessment(): void {
    const { content } = this.source;
    this.heading(1, this.l.assessment);
    const levels = new Map(content.ratingScale.map((level) => [level.code, level.label]));
    content.criteria.forEach((criterion, index) => {
      this.heading(2, `4.${index + 1} ${criterion.label[this.lang]}`);
      const assessment = content.assessments.find((item) => item.criterionCode === criterion.code);
      const level = assessment?.rating ? levels.get(assessment.rating) : undefined;
      this.blocks.push({ kind: 'paragraph', text: level ? this.l.rating(level[this.lang]) : this.l.notRated });
      this.written(assessment?.text ?? { en: '', ru: '' });
    });
  }

  private conclusions(): void {
    const { content } = this.source;
    this.heading(1, this.l.conclusionsAndRecommendations);
    this.heading(2, this.l.conclusions);
    this.written(content.conclusions);
    this.heading(2, this.l.recommendations);
    if (content.recommendations.length === 0) {
      this.blocks.push({ kind: 'note', text: this.l.noRecommendations });
      return;
    }
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.recommendations,
      columns: [
        { title: this.l.col.number, width: 6 },
        { title: this.l.col.recommendation, width: 52 },
        { title: this.l.col.priority, width: 12 },
        { title: this.l.col.addressee, width: 15 },
        { title: this.l.col.areas, width: 15 },
      ],
      rows: content.recommendations.map((recommendation, index) => {
        const own = recommendation.text[this.lang].trim();
        const other = recommendation.text[this.other].trim();
        const text = own || (other ? `${other} [${this.l.onlyInOther}]` : this.l.notWritten);
        return [
          String(index + 1),
          text,
          this.l.priority[recommendation.priority],
          this.l.addressee[recommendation.addressee],
          [...recommendation.areaCodes].sort(compareCodes).join(', ') || this.l.all,
        ];
      }),
    });
  }

  private annexes(): void {
    const { evidence, reference } = this.source.data;
    this.blocks.push({ kind: 'pageBreak' });
    this.heading(1, this.l.annexes);
    this.heading(2, this.l.annexStates);
    const areaCodes = evidence.areas.map((area) => area.code);
    const share = Math.floor(60 / Math.max(areaCodes.length, 1));
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.states,
      columns: [
        { title: this.l.col.state, width: 24 },
        { title: this.l.col.region, width: 16 },
        ...areaCodes.map((code) => ({ title: `${this.l.col.area} ${code}`, numeric: true, width: share })),
      ],
      rows: evidence.states.map((state) => [
        this.stateName(state.stateCode),
        this.regionNames.get(state.regionCode)?.[this.lang] ?? state.regionCode,
        ...state.areas.map((area) => (area.participating === 0 ? this.l.none : formatScore(area.score, this.lang))),
      ]),
    });
    this.heading(2, this.l.annexActions);
    const inScope = new Set(areaCodes);
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.actionList,
      columns: [
        { title: this.l.col.code, width: 10 },
        { title: this.l.col.title, width: 90 },
      ],
      rows: reference.plan.areas
        .filter((area) => inScope.has(area.code))
        .flatMap((area) => area.actions.map((action) => [action.code, action.title[this.lang]])),
    });
    this.heading(2, this.l.annexResponse);
    this.blocks.push({
      kind: 'table',
      caption: this.l.table.responseByRegion,
      columns: [
        { title: this.l.col.cycle, width: 34 },
        { title: this.l.col.region, width: 34 },
        { title: this.l.col.expected, numeric: true, width: 16 },
        { title: this.l.col.approved, numeric: true, width: 16 },
      ],
      rows: evidence.responseRates.flatMap((rate) =>
        rate.byRegion.map((region) => [
          this.cycleNames.get(rate.cycleId)?.[this.lang] ?? '',
          this.regionNames.get(region.regionCode)?.[this.lang] ?? region.regionCode,
          String(region.expected),
          String(region.approved),
        ]),
      ),
    });
  }
}
