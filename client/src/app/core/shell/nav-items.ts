import type { Role } from '@ppm/shared';

import type { IconName } from '../icons/icon-names';

/** One entry of the side navigation. Features add theirs to `NAV_ITEMS`. */
export interface NavItem {
  /** Router link, absolute. */
  readonly route: string;
  /** Material Symbols icon name (an SVG under /icons/), e.g. "dashboard". */
  readonly icon: IconName;
  /** Translation key of the label. */
  readonly labelKey: string;
  /** Active only on an exact URL match (needed for "/", which prefixes every URL). */
  readonly exact?: boolean;
  /** The roles that may use it (match the route's `roleIn` guard); everyone signed in when absent. */
  readonly roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { route: '/', icon: 'dashboard', labelKey: 'nav.overview', exact: true },
  {
    route: '/my-report',
    icon: 'edit_document',
    labelKey: 'nav.myReport',
    roles: ['focal_point', 'contributor'],
  },
  { route: '/people', icon: 'manage_accounts', labelKey: 'nav.people', roles: ['admin'] },
  { route: '/action-plan', icon: 'checklist', labelKey: 'nav.actionPlan' },
  { route: '/cycles', icon: 'event_note', labelKey: 'nav.cycles' },
  { route: '/progress', icon: 'monitoring', labelKey: 'nav.progress' },
  { route: '/states', icon: 'public', labelKey: 'nav.states' },
  {
    route: '/evaluations',
    icon: 'rate_review',
    labelKey: 'nav.evaluations',
    roles: ['evaluator', 'secretariat'],
  },
  { route: '/right-of-reply', icon: 'forum', labelKey: 'nav.rightOfReply', roles: ['focal_point'] },
  { route: '/audit', icon: 'history', labelKey: 'nav.audit', roles: ['admin', 'secretariat'] },
];

/** The entries a person of this role may use. */
export function navItemsFor(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.includes(role));
}
