export * from './analytics.schema.js';
export * from './analytics.types.js';
