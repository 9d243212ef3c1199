import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { LocalizedText, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';

/** Which states the table shows. */
export interface StatesFilter {
  /** A region code, or null for all regions. */
  readonly region: string | null;
  /** Part of a name (either language) or a code; blank for all. */
  readonly text: string;
}

export const NO_STATES_FILTER: StatesFilter = { region: null, text: '' };

/** Events from the states page. */
export const StatesPageActions = createActionGroup({
  source: 'States Page',
  events: {
    Opened: emptyProps(),
    'Filter Changed': props<{ filter: StatesFilter }>(),
    'Active Change Confirmed': props<{ code: string; active: boolean }>(),
    'Region Chosen': props<{ code: string; region: string }>(),
  },
});

/** Events from the dialog that adds or renames a region. */
export const RegionDialogActions = createActionGroup({
  source: 'Region Dialog',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ region: Region }>(),
    'Rename Submitted': props<{ code: string; name: LocalizedText }>(),
  },
});

/** Answers of the states and regions API. */
export const StatesApiActions = createActionGroup({
  source: 'States API',
  events: {
    'States Loaded': props<{ states: State[] }>(),
    'States Load Failed': props<{ error: ApiError }>(),
    'Regions Loaded': props<{ regions: Region[] }>(),
    'Regions Load Failed': props<{ error: ApiError }>(),
    'State Saved': props<{ state: State }>(),
    'State Save Failed': props<{ code: string; error: ApiError }>(),
    'Region Created': props<{ region: Region }>(),
    'Region Renamed': props<{ region: Region }>(),
    'Region Save Failed': props<{ error: ApiError }>(),
  },
});
