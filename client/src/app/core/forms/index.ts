export {
  NEW_PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  REPEAT_PASSWORD_MESSAGES,
  newPasswordRules,
  repeatMatches,
} from './password-rules';
export { readyToSubmit } from './ready-to-submit';
export {
  SERVER_ERROR,
  type ServerFieldError,
  applyServerErrors,
  describeFieldError,
  isRefusalWithoutFields,
  placeServerError,
} from './server-errors';
export { emailAddress, requiredValue } from './validators';
