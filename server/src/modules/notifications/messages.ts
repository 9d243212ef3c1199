import type { Locale, LocalizedText, NotificationType } from '@ppm/shared';

export interface MessageContext {
  cycleName: LocalizedText;
  stateName?: LocalizedText | undefined;
  actionCode?: string | undefined;
  /** A calendar day, "2026-12-31"; it ends at 23:59 UTC. */
  deadline?: string | undefined;
  daysLeft?: number | undefined;
}

/** What the templates get: the deadline already written out for people in each language. */
type TemplateContext = Required<Omit<MessageContext, 'deadline'>> & { deadline: LocalizedText };
type Templates = Record<NotificationType, (c: TemplateContext) => LocalizedText>;

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar day ("2026-12-31") as people write it: "31 December 2026", "31 декабря 2026 г.". */
export function formatDay(day: string, locale: Locale): string {
  return DAY_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));
}

/** The end of a deadline day, as the product counts it (`deadlineEnd`), in both languages. */
function deadlineText(day: string): LocalizedText {
  return { en: `23:59 UTC on ${formatDay(day, 'en')}`, ru: `23:59 UTC ${formatDay(day, 'ru')}` };
}

/** Ends a sentence with a full stop, unless it ends with one already ("… 2026 г."). */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const daysEn = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

const TEMPLATES: Templates = {
  cycle_opened: (c) => ({
    en: `Reporting cycle "${c.cycleName.en}" is open: please report by ${c.deadline.en}.`,
    ru: sentence(`Открыт отчётный цикл «${c.cycleName.ru}»: просим представить отчёт до ${c.deadline.ru}`),
  }),
  report_submitted: (c) => ({
    en: `${c.stateName.en} submitted its report for "${c.cycleName.en}".`,
    ru: `${c.stateName.ru}: отчёт за «${c.cycleName.ru}» представлен.`,
  }),
  report_returned: (c) => ({
    en: `The report of ${c.stateName.en} for "${c.cycleName.en}" was returned for revision.`,
    ru: `Отчёт (${c.stateName.ru}) за «${c.cycleName.ru}» возвращён на доработку.`,
  }),
  report_approved: (c) => ({
    en: `The report of ${c.stateName.en} for "${c.cycleName.en}" was approved.`,
    ru: `Отчёт (${c.stateName.ru}) за «${c.cycleName.ru}» утверждён.`,
  }),
  report_reopened: (c) => ({
    en: `The report of ${c.stateName.en} for "${c.cycleName.en}" was reopened for changes.`,
    ru: `Отчёт (${c.stateName.ru}) за «${c.cycleName.ru}» снова открыт для изменений.`,
  }),
  deadline_approaching: (c) => ({
    en: `The report of ${c.stateName.en} for "${c.cycleName.en}" is due by ${c.deadline.en} (${daysEn(c.daysLeft)} left).`,
    ru: `Срок представления отчёта (${c.stateName.ru}) за «${c.cycleName.ru}» — до ${c.deadline.ru} (осталось дней: ${c.daysLeft}).`,
  }),
  deadline_extended: (c) => ({
    en: `The deadline of ${c.stateName.en} for "${c.cycleName.en}" was extended to ${c.deadline.en}.`,
    ru: sentence(`Срок представления отчёта (${c.stateName.ru}) за «${c.cycleName.ru}» продлён до ${c.deadline.ru}`),
  }),
  comment_added: (c) => ({
    en: `New comment on action ${c.actionCode} in the report of ${c.stateName.en} for "${c.cycleName.en}".`,
    ru: `Новый комментарий к действию ${c.actionCode} в отчёте (${c.stateName.ru}) за «${c.cycleName.ru}».`,
  }),
};

/**
 * The one-sentence text of a notification in both languages, each with dates written the way
 * readers of that language write them; every person reads (and is mailed) their own language.
 */
export function messageFor(type: NotificationType, context: MessageContext): LocalizedText {
  return TEMPLATES[type]({
    cycleName: context.cycleName,
    stateName: context.stateName ?? { en: '', ru: '' },
    actionCode: context.actionCode ?? '',
    deadline: context.deadline ? deadlineText(context.deadline) : { en: '', ru: '' },
    daysLeft: context.daysLeft ?? 0,
  });
}
