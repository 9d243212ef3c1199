import { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of } from 'rxjs';

import { FOCAL_POINT, collect } from '../../../../testing/fixtures';
import { selectUser } from '../../../core/session';
import { MyReportApiActions, selectOpenCycles, selectPastCycles } from './my-report';
import { openTheOnlyOpenReport } from './my-report.effects';
import { aCycle } from './testing/report-fixture';

describe('my report', () => {
  const store = {
    select: (selector: unknown) => of(selector === selectUser ? FOCAL_POINT : null),
  } as unknown as Pick<Store, 'select'>;
  const open = aCycle();
  const closed = aCycle({ id: 'c2025', status: 'closed' });

  it('goes straight to the report when exactly one cycle is open', () => {
    const router = { navigate: jasmine.createSpy('navigate').and.resolveTo(true) };

    collect(
      openTheOnlyOpenReport(
        new Actions(of(MyReportApiActions.cyclesLoaded({ cycles: [open, closed] }))),
        store,
        router,
      ),
    );

    expect(router.navigate).toHaveBeenCalledOnceWith(['/reports', open.id, 'KZ'], {
      replaceUrl: true,
    });
  });

  it('lets the person choose when none or several are open', () => {
    const router = { navigate: jasmine.createSpy('navigate') };
    const second = aCycle({ id: 'c2026b' });

    collect(
      openTheOnlyOpenReport(
        new Actions(of(MyReportApiActions.cyclesLoaded({ cycles: [closed] }))),
        store,
        router,
      ),
    );
    collect(
      openTheOnlyOpenReport(
        new Actions(of(MyReportApiActions.cyclesLoaded({ cycles: [open, second] }))),
        store,
        router,
      ),
    );

    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('tells open cycles from earlier ones', () => {
    expect(selectOpenCycles.projector([open, closed])).toEqual([open]);
    expect(selectPastCycles.projector([open, closed])).toEqual([closed]);
  });
});
