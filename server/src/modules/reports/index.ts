/*
 * The reports module's public face: what other modules (analytics, evaluations, notifications)
 * may use. Everything else in this folder is the module's own.
 */
export { cycleStamp } from './cycle-stamp.js';
export { CycleReportsCache, processReports } from './cycle-reports-cache.js';
export { readCycleHeaders, type CycleReportHeader } from './cycle-headers.js';
export { readContent as readReportAnswers } from './report-content.js';
