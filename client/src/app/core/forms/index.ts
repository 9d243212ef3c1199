export { PASSWORD_MIN_LENGTH, repeatMatches } from './password-rules';
export {
  SERVER_ERROR,
  type ServerFieldError,
  applyServerErrors,
  describeFieldError,
} from './server-errors';
export { emailAddress, requiredValue } from './validators';
