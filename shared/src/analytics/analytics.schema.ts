import { z } from 'zod';
import { actionCodeSchema, areaCodeSchema } from '../action-plan/action-plan.schema.js';
import { localeSchema } from '../i18n/locale.js';
import { IMPLEMENTATION_STATUSES } from '../reporting/codes.js';
import { regionCodeSchema, stateCodeSchema } from '../states/state.schema.js';
import { BASES } from '../rules/basis.js';
import { GROUP_BY } from '../rules/progress.js';

/** Longest text search; longer is refused rather than cut. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_PAGE_SIZE = 200;
export const MAX_TREND_CYCLES = 20;
export const EXPORT_VIEWS = ['entries', 'state', 'area', 'action'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

const objectId = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a reporting cycle id');

/** One or several `cycleId` query values (repeated keys arrive as an array). */
const cycleIds = z
  .union([objectId, z.array(objectId).min(1).max(MAX_TREND_CYCLES)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

const filters = {
  basis: z.enum(BASES, { error: `must be one of ${BASES.join(', ')}` }).default('approved'),
  regionCode: regionCodeSchema.optional(),
  areaCode: areaCodeSchema.optional(),
  stateCode: stateCodeSchema.optional(),
  lang: localeSchema.optional(),
};

/** A single cycle: `cycleId` must be given once. */
const oneCycle = objectId;

/* Strict objects: unknown keys such as `cycleId[$gt]` are refused with 400. */
export const progressQuerySchema = z.strictObject({
  ...filters,
  cycleId: oneCycle,
  by: z.enum(GROUP_BY, { error: `must be one of ${GROUP_BY.join(', ')}` }),
});
export type ProgressQuery = z.output<typeof progressQuerySchema>;

export const trendQuerySchema = z.strictObject({
  ...filters,
  cycleId: cycleIds,
  by: z.enum(GROUP_BY, { error: `must be one of ${GROUP_BY.join(', ')}` }).default('area'),
});
export type TrendQuery = z.output<typeof trendQuerySchema>;

export const cycleQuerySchema = z.strictObject({ ...filters, cycleId: oneCycle });
export type CycleQuery = z.output<typeof cycleQuerySchema>;

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(max, `must be at most ${max}`);

export const entriesQuerySchema = z.strictObject({
  ...filters,
  cycleId: oneCycle,
  actionCode: actionCodeSchema.optional(),
  status: z.enum([...IMPLEMENTATION_STATUSES, 'not_participating']).optional(),
  q: z.string().trim().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).optional(),
  page: positiveInt(100_000).default(1),
  pageSize: positiveInt(MAX_PAGE_SIZE).default(50),
});
export type EntriesQuery = z.output<typeof entriesQuerySchema>;

export const profileQuerySchema = z.strictObject({
  basis: filters.basis,
  lang: filters.lang,
  cycleId: cycleIds.optional(),
});
export type ProfileQuery = z.output<typeof profileQuerySchema>;

export const exportQuerySchema = z.strictObject({
  ...filters,
  cycleId: oneCycle,
  view: z.enum(EXPORT_VIEWS, { error: `must be one of ${EXPORT_VIEWS.join(', ')}` }).default('entries'),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

export const publicationSchema = z.strictObject({ published: z.boolean() });
