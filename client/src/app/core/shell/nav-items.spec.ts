import { APP_ROLES } from '../session/roles';
import { NAV_ITEMS, navItemsFor } from './nav-items';

describe('navItemsFor', () => {
  it('offers the overview to every role', () => {
    for (const role of APP_ROLES) {
      expect(navItemsFor(role).map((item) => item.route))
        .withContext(role)
        .toContain('/');
    }
  });

  it('offers the people pages to admins only', () => {
    expect(navItemsFor('admin').map((item) => item.route)).toContain('/people');
    for (const role of APP_ROLES.filter((role) => role !== 'admin')) {
      expect(navItemsFor(role).map((item) => item.route))
        .withContext(role)
        .not.toContain('/people');
    }
  });

  it('keeps the order of NAV_ITEMS', () => {
    expect(navItemsFor('admin')).toEqual([...NAV_ITEMS]);
  });
});
