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

  it('offers "My report" to the people who write a state\'s report, and only to them', () => {
    const writers = ['focal_point', 'contributor'];
    for (const role of APP_ROLES) {
      const routes = navItemsFor(role).map((item) => item.route);
      if (writers.includes(role)) expect(routes).withContext(role).toContain('/my-report');
      else expect(routes).withContext(role).not.toContain('/my-report');
    }
  });

  it('offers the evaluations to evaluators and the Secretariat only', () => {
    for (const role of APP_ROLES) {
      const routes = navItemsFor(role).map((item) => item.route);
      if (role === 'evaluator' || role === 'secretariat') {
        expect(routes).withContext(role).toContain('/evaluations');
      } else {
        expect(routes).withContext(role).not.toContain('/evaluations');
      }
    }
  });

  it('keeps the order of NAV_ITEMS', () => {
    const forAdmin = NAV_ITEMS.filter((item) => !item.roles || item.roles.includes('admin'));
    expect(navItemsFor('admin')).toEqual(forAdmin);
    expect(navItemsFor('focal_point').map((item) => item.route)).toEqual([
      '/',
      '/my-report',
      '/action-plan',
      '/cycles',
      '/progress',
      '/states',
      '/right-of-reply',
    ]);
  });
});
