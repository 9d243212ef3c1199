export * from './criteria.js';
export * from './evaluation.schema.js';
export * from './evaluation.types.js';
