import type { LocalizedText, NotificationType } from '@ppm/shared';

export interface MessageContext {
  cycleName: LocalizedText;
  stateName?: LocalizedText | undefined;
  actionCode?: string | undefined;
  deadline?: string | undefined;
  daysLeft?: number | undefined;
}

type Templates = Record<NotificationType, (c: Required<MessageContext>) => LocalizedText>;

const daysEn = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

const TEMPLATES: Templates = {
  cycle_opened: (c) => ({
    en: `Reporting cycle "${c.cycleName.en}" is open: please report by ${c.deadline}.`,
    ru: `Открыт отчётный цикл «${c.cycleName.ru}»: просим представить отчёт до ${c.deadline}.`,
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
    en: `The report of ${c.stateName.en} for "${c.cycleName.en}" is due on ${c.deadline} (${daysEn(c.daysLeft)} left).`,
    ru: `Срок представления отчёта (${c.stateName.ru}) за «${c.cycleName.ru}» — ${c.deadline} (осталось дней: ${c.daysLeft}).`,
  }),
  deadline_extended: (c) => ({
    en: `The deadline of ${c.stateName.en} for "${c.cycleName.en}" was extended to ${c.deadline}.`,
    ru: `Срок представления отчёта (${c.stateName.ru}) за «${c.cycleName.ru}» продлён до ${c.deadline}.`,
  }),
  comment_added: (c) => ({
    en: `New comment on action ${c.actionCode} in the report of ${c.stateName.en} for "${c.cycleName.en}".`,
    ru: `Новый комментарий к действию ${c.actionCode} в отчёте (${c.stateName.ru}) за «${c.cycleName.ru}».`,
  }),
};

/** The one-sentence text of a notification in both languages. */
export function messageFor(type: NotificationType, context: MessageContext): LocalizedText {
  return TEMPLATES[type]({
    cycleName: context.cycleName,
    stateName: context.stateName ?? { en: '', ru: '' },
    actionCode: context.actionCode ?? '',
    deadline: context.deadline ?? '',
    daysLeft: context.daysLeft ?? 0,
  });
}
