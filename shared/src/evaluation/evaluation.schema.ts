import { z } from 'zod';
import { actionCodeSchema, areaCodeSchema } from '../action-plan/action-plan.schema.js';
import { MAX_TITLE_LENGTH } from '../i18n/locale.js';
import { MAX_TEXT_LENGTH } from '../reporting/limits.js';
import { isoDateSchema } from '../reporting/cycle.schema.js';
import { regionCodeSchema, stateCodeSchema } from '../states/state.schema.js';

/** Longest text an evaluator writes in one field (a finding, the executive summary...). */
export const MAX_EVALUATION_TEXT_LENGTH = 20_000;
export const MAX_EVALUATION_CYCLES = 20;
export const MAX_EVALUATION_CRITERIA = 10;
export const MAX_FINDINGS = 60;
export const MAX_PINS_PER_FINDING = 30;
export const MAX_RECOMMENDATIONS = 50;
export const MAX_TEAM_MEMBERS = 20;

export const EVALUATION_STATUSES = ['draft', 'final'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** The four levels an evaluator rates a criterion on; their labels can be renamed per evaluation. */
export const RATING_CODES = ['high', 'satisfactory', 'partial', 'low'] as const;
export type RatingCode = (typeof RATING_CODES)[number];

export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number];

export const RECOMMENDATION_ADDRESSEES = ['states', 'secretariat', 'donors', 'partners'] as const;
export type RecommendationAddressee = (typeof RECOMMENDATION_ADDRESSEES)[number];

/** A quotation is either what a state achieved (its narrative) or what held it back (obstacles). */
export const QUOTE_KINDS = ['achievement', 'obstacle'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** How the evaluator handled a state's reply. */
export const REPLY_OUTCOMES = ['accepted', 'partly_accepted', 'not_accepted', 'noted'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

export const objectIdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be an id of 24 hexadecimal digits');

const writtenText = z
  .string()
  .trim()
  .max(MAX_EVALUATION_TEXT_LENGTH, {
    error: `must be at most ${MAX_EVALUATION_TEXT_LENGTH} characters`,
  });

/**
 * A text the evaluator writes in both working languages. Either may still be empty: the report
 * then says that the text is not available in that language instead of leaving a hole.
 */
export const bilingualTextSchema = z.strictObject({ en: writtenText.default(''), ru: writtenText.default('') });
export type BilingualText = z.output<typeof bilingualTextSchema>;

/** The title: at least one language, each at most `MAX_TITLE_LENGTH`. */
export const evaluationTitleSchema = z
  .strictObject({
    en: z.string().trim().max(MAX_TITLE_LENGTH).default(''),
    ru: z.string().trim().max(MAX_TITLE_LENGTH).default(''),
  })
  .refine((title) => title.en !== '' || title.ru !== '', { error: 'needs a title in English or Russian' });

export const criterionCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'A criterion code is 2-40 small letters, digits or "_", e.g. "relevance"');

const criterionLabelSchema = z.strictObject({
  en: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  ru: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
});

/**
 * A criterion as sent: the code of one of the five 2015 criteria (its label comes from the
 * reference data), or a code with its own label (a new criterion, or a renamed one).
 */
export const criterionInputSchema = z.union([
  criterionCodeSchema,
  z.strictObject({ code: criterionCodeSchema, label: criterionLabelSchema.optional() }),
]);
export type CriterionInput = z.input<typeof criterionInputSchema>;

const uniqueCodes = <T extends z.ZodType<string>>(code: T, max: number) =>
  z
    .array(code)
    .max(max)
    .refine((codes) => new Set(codes).size === codes.length, { error: 'lists a code twice' });

/** What the evaluation covers beyond its cycles; an empty or missing list means "all". */
export const evaluationScopeSchema = z.strictObject({
  areaCodes: uniqueCodes(areaCodeSchema, 20).default([]),
  regionCodes: uniqueCodes(regionCodeSchema, 20).default([]),
  stateCodes: uniqueCodes(stateCodeSchema, 100).default([]),
});
export type EvaluationScope = z.output<typeof evaluationScopeSchema>;

/** What figures are compared with: an earlier cycle, or the last final version of an earlier evaluation. */
export const baselineSchema = z.union([
  z.strictObject({ cycleId: objectIdSchema }),
  z.strictObject({ evaluationId: objectIdSchema }),
]);
export type Baseline = z.output<typeof baselineSchema>;

export const teamMemberSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  role: z.string().trim().max(200).default(''),
});
export type TeamMember = z.output<typeof teamMemberSchema>;

export const createEvaluationSchema = z.strictObject({
  title: evaluationTitleSchema,
  cycleIds: uniqueCodes(objectIdSchema, MAX_EVALUATION_CYCLES).min(1, 'must name at least one reporting cycle'),
  criteria: z.array(criterionInputSchema).min(1).max(MAX_EVALUATION_CRITERIA).optional(),
  scope: evaluationScopeSchema.optional(),
  baseline: baselineSchema.nullable().optional(),
  team: z.array(teamMemberSchema).max(MAX_TEAM_MEMBERS).optional(),
});
export type CreateEvaluationInput = z.input<typeof createEvaluationSchema>;

/** A quotation pinned to a finding, named by its citation. */
export const pinSchema = z.strictObject({
  cycleId: objectIdSchema,
  stateCode: stateCodeSchema,
  actionCode: actionCodeSchema,
  kind: z.enum(QUOTE_KINDS),
});
export type Pin = z.output<typeof pinSchema>;

export const findingSchema = z.strictObject({
  areaCode: areaCodeSchema,
  text: bilingualTextSchema,
  pins: z.array(pinSchema).max(MAX_PINS_PER_FINDING).default([]),
});
export type Finding = z.output<typeof findingSchema>;

export const assessmentSchema = z.strictObject({
  criterionCode: criterionCodeSchema,
  rating: z.enum(RATING_CODES).nullable().default(null),
  text: bilingualTextSchema,
});
export type Assessment = z.output<typeof assessmentSchema>;

export const recommendationSchema = z.strictObject({
  text: bilingualTextSchema,
  priority: z.enum(RECOMMENDATION_PRIORITIES),
  addressee: z.enum(RECOMMENDATION_ADDRESSEES),
  areaCodes: uniqueCodes(areaCodeSchema, 20).default([]),
});
export type Recommendation = z.output<typeof recommendationSchema>;

export const ratingLevelSchema = z.strictObject({ code: z.enum(RATING_CODES), label: criterionLabelSchema });
export type RatingLevel = z.output<typeof ratingLevelSchema>;

/** A save: `version` is the one the evaluator loaded (409 when someone saved meanwhile). */
export const updateEvaluationSchema = z.strictObject({
  version: z.number().int().min(1),
  title: evaluationTitleSchema.optional(),
  cycleIds: createEvaluationSchema.shape.cycleIds.optional(),
  criteria: createEvaluationSchema.shape.criteria,
  scope: evaluationScopeSchema.optional(),
  baseline: baselineSchema.nullable().optional(),
  team: z.array(teamMemberSchema).max(MAX_TEAM_MEMBERS).optional(),
  ratingScale: z
    .array(ratingLevelSchema)
    .length(RATING_CODES.length)
    .refine((levels) => new Set(levels.map((level) => level.code)).size === levels.length, {
      error: 'must name each of the four levels once',
    })
    .optional(),
  executiveSummary: bilingualTextSchema.optional(),
  introduction: bilingualTextSchema.optional(),
  findings: z.array(findingSchema).max(MAX_FINDINGS).optional(),
  assessments: z.array(assessmentSchema).max(MAX_EVALUATION_CRITERIA).optional(),
  conclusions: bilingualTextSchema.optional(),
  recommendations: z.array(recommendationSchema).max(MAX_RECOMMENDATIONS).optional(),
});
export type UpdateEvaluationInput = z.input<typeof updateEvaluationSchema>;

/** Finalising may name the version it was based on (409 when stale); an empty body finalises what is stored. */
export const finalizeEvaluationSchema = z.strictObject({ version: z.number().int().min(1).optional() });

/** Opens the right of reply until the end of `closesOn` (UTC). */
export const openReplyWindowSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
  closesOn: isoDateSchema,
});

/** What a state's reply is about. */
export const replyTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('general') }),
  z.strictObject({ kind: z.literal('figures'), areaCode: areaCodeSchema.optional() }),
  z.strictObject({ kind: z.literal('finding'), areaCode: areaCodeSchema }),
  z.strictObject({
    kind: z.literal('quote'),
    cycleId: objectIdSchema,
    actionCode: actionCodeSchema,
    quoteKind: z.enum(QUOTE_KINDS),
  }),
]);
export type ReplyTarget = z.output<typeof replyTargetSchema>;

export const createReplySchema = z.strictObject({
  target: replyTargetSchema,
  text: z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_LENGTH),
});
export type CreateReplyInput = z.input<typeof createReplySchema>;

/** The evaluator records how a reply was handled; `version` is the reply's (409 when stale). */
export const handleReplySchema = z.strictObject({
  version: z.number().int().min(1),
  outcome: z.enum(REPLY_OUTCOMES),
  note: z.string().trim().max(MAX_TEXT_LENGTH).default(''),
});
export type HandleReplyInput = z.input<typeof handleReplySchema>;

/** `?lang=en|ru[&version=N]` of the report downloads and the preview. */
export const reportQuerySchema = z.strictObject({
  lang: z.enum(['en', 'ru']).default('en'),
  version: z.coerce.number().int().min(1).optional(),
});
export type ReportQuery = z.output<typeof reportQuerySchema>;

/** Optional filters of the quotations in the evidence. */
export const evidenceQuerySchema = z.strictObject({
  areaCode: areaCodeSchema.optional(),
  stateCode: stateCodeSchema.optional(),
  cycleId: objectIdSchema.optional(),
  kind: z.enum(QUOTE_KINDS).optional(),
});
export type EvidenceQuery = z.output<typeof evidenceQuerySchema>;
