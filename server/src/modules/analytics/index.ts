/*
 * The analytics module's public face: the figures other modules (evaluations, home pages) use,
 * from the same definition and the same caches as the dashboard.
 */
export { AnalyticsService } from './analytics.service.js';
export { ReportAnswersCache } from './report-answers-cache.js';
export { entryItems } from './entry-items.js';
export { loadReferenceContext, type ReferenceContext } from './reference-context.js';
export { reportFacts, headersIn, type ReportFilters } from './report-selection.js';
export { publicationOf } from './publication.js';
export { loadCycleFacts, loadEntryTexts } from './cycle-data.js';
