export {
  type Account,
  type Invitation,
  NO_FILTER,
  type NewPerson,
  PeopleApi,
  type PeopleFilter,
  type PersonChanges,
  type StateOption,
} from './people.api';
export { PeopleApiActions, PeoplePageActions, PersonDialogActions } from './people.actions';
export * as peopleEffects from './people.effects';
export {
  type PeopleState,
  initialPeopleState,
  peopleAdapter,
  peopleFeature,
  selectAllPeople,
  selectBusyIds,
  selectDialogError,
  selectDialogStatus,
  selectFilter,
  selectInviteUrl,
  selectPeopleStatus,
  selectRevealedReset,
  selectStateNames,
  selectStateOptions,
  selectStatesStatus,
} from './people.feature';
