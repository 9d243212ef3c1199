export * from './i18n/locale.js';
export * from './action-plan/action-plan.schema.js';
export * from './states/state.schema.js';
export * from './reporting/scales.js';
export * from './evaluation/criteria.js';
export * from './reference/reference-data.js';
export * from './accounts/roles.js';
export * from './accounts/user.schema.js';
