import { FormControl } from '@angular/forms';

import type { StateGroup } from '../data-access';
import {
  applyRegionToggles,
  pickedStates,
  regionToken,
  someStatePicked,
  withRegionTokens,
} from './expected-states';

const GROUPS: StateGroup[] = [
  {
    region: 'EU',
    regionName: 'EU member states',
    states: [
      { code: 'AT', name: 'Austria' },
      { code: 'CZ', name: 'Czechia' },
    ],
  },
  {
    region: 'CA',
    regionName: 'Central Asia',
    states: [
      { code: 'KZ', name: 'Kazakhstan' },
      { code: 'UZ', name: 'Uzbekistan' },
    ],
  },
];
const EU = regionToken('EU');
const CA = regionToken('CA');

describe('expected states picker', () => {
  it('ticks the region of which every state is picked', () => {
    expect(withRegionTokens(['UZ', 'AT', 'KZ'], GROUPS)).toEqual(['AT', 'KZ', 'UZ', CA]);
    expect(withRegionTokens([], GROUPS)).toEqual([]);
  });

  it('picks a whole region by its "all" option', () => {
    expect(applyRegionToggles(['AT'], ['AT', CA], GROUPS)).toEqual(['AT', 'KZ', 'UZ', CA]);
  });

  it('clears a whole region by unpicking its "all" option', () => {
    const all = ['AT', 'CZ', 'KZ', 'UZ', EU, CA];

    expect(applyRegionToggles(all, ['AT', 'CZ', 'KZ', 'UZ', CA], GROUPS)).toEqual(['KZ', 'UZ', CA]);
  });

  it('unticks a region when one of its states is unpicked, and ticks it when completed', () => {
    const all = ['AT', 'CZ', 'KZ', 'UZ', EU, CA];

    expect(applyRegionToggles(all, ['AT', 'KZ', 'UZ', EU, CA], GROUPS)).toEqual([
      'AT',
      'KZ',
      'UZ',
      CA,
    ]);
    expect(applyRegionToggles(['AT', 'KZ'], ['AT', 'KZ', 'CZ'], GROUPS)).toEqual([
      'AT',
      'CZ',
      'KZ',
      EU,
    ]);
  });

  it('sends only state codes, and needs at least one', () => {
    expect(pickedStates(['AT', EU, 'KZ'])).toEqual(['AT', 'KZ']);
    expect(someStatePicked(new FormControl([EU]))).toEqual({ noStates: true });
    expect(someStatePicked(new FormControl(['AT']))).toBeNull();
  });
});
