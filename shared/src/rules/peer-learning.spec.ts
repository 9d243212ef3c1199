import { peerLearning } from './peer-learning.js';
import { entry, report } from './testing.js';

describe('figures: peerLearning', () => {
  const reports = [
    report('GE', [
      entry('1.1', { status: 'limited', supportCategories: ['training'] }),
      entry('1.2', { status: 'completed' }),
    ]),
    report('AT', [entry('1.1', { status: 'completed' }), entry('1.2', { status: 'not_started' })]),
    report('KZ', [
      entry('1.1', { status: 'not_started', supportCategories: ['expertise', 'funding'] }),
      entry('1.2', { participation: 'not_participating', supportCategories: ['training'] }),
    ]),
    report('DE', [entry('1.1', { status: 'substantial' }), entry('1.2', { status: null })]),
  ];

  it('pairs states asking for support with advanced states, in turn', () => {
    expect(peerLearning(reports, ['1.1', '1.2', '1.3'])).toEqual([
      {
        actionCode: '1.1',
        advanced: ['AT', 'DE'],
        askingSupport: [
          { stateCode: 'GE', categories: ['training'] },
          { stateCode: 'KZ', categories: ['expertise', 'funding'] },
        ],
        pairings: [
          { from: 'AT', to: 'GE' },
          { from: 'DE', to: 'KZ' },
        ],
      },
      // A state not taking part asks for nothing here; GE has completed 1.2.
      { actionCode: '1.2', advanced: ['GE'], askingSupport: [], pairings: [] },
    ]);
  });
});
