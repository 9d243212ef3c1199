export { API_BASE, handlesOwnUnauthorized, isApiUrl } from './api';
export {
  type ApiError,
  type FieldError,
  NETWORK_ERROR,
  UNKNOWN_ERROR,
  isTemporaryFailure,
  toApiError,
} from './api-error';
export { errorNotificationInterceptor, sessionInterceptor } from './api-interceptors';
export { ErrorNotifier, notificationKeyFor } from './error-notifier';
export { XSRF_COOKIE, XSRF_HEADER, provideApiHttp } from './provide-api-http';
export { retryUnavailableInterceptor } from './retry-unavailable';
