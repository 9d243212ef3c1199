import { ROLES, STATE_ROLES, isStateRole } from '@ppm/shared';

import { APP_ROLES, APP_STATE_ROLES, isAppStateRole, isRole } from './roles';

describe('APP_ROLES', () => {
  it('lists the same roles, in the same order, as @ppm/shared', () => {
    expect([...APP_ROLES]).toEqual([...ROLES]);
  });

  it('marks the same roles as belonging to a state as @ppm/shared', () => {
    expect([...APP_STATE_ROLES]).toEqual([...STATE_ROLES]);
    for (const role of ROLES) {
      expect(isAppStateRole(role)).withContext(role).toBe(isStateRole(role));
    }
  });

  it('recognises role names and nothing else', () => {
    expect(isRole('focal_point')).toBeTrue();
    for (const value of ['Admin', 'focal-point', '', null, 3]) {
      expect(isRole(value)).withContext(String(value)).toBeFalse();
    }
  });
});
