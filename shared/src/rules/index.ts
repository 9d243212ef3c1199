/*
 * `@ppm/shared/rules`: the figures and rules every screen, export and report shares, as plain
 * functions without zod, so the browser can import them without the schemas.
 */
export * from './facts.js';
export * from './basis.js';
export * from './progress.js';
export * from './submissions.js';
export * from './coverage.js';
export * from './support.js';
export * from '../reporting/completeness.js';
export * from '../reporting/codes.js';
export * from '../reporting/limits.js';
export * from './peer-learning.js';
