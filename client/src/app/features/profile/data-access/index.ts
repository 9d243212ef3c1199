export { type CreatedToken, type NewToken, PersonalTokensApi } from './personal-tokens.api';
export {
  ChangePasswordPageActions,
  type PasswordChange,
  PersonalTokensApiActions,
  ProfilePageActions,
} from './profile.actions';
export * as profileEffects from './profile.effects';
export {
  type LoadStatus,
  type ProfileState,
  type SaveStatus,
  initialProfileState,
  profileFeature,
  selectAllTokens,
  selectCreatedToken,
  selectDetailsError,
  selectDetailsStatus,
  selectPasswordError,
  selectPasswordStatus,
  selectRevokingIds,
  selectTokenCreateError,
  selectTokenCreateStatus,
  selectTokensStatus,
  tokensAdapter,
} from './profile.feature';
