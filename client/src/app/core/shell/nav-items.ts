/** One entry of the side navigation. Features add theirs to `NAV_ITEMS`. */
export interface NavItem {
  /** Router link, absolute. */
  readonly route: string;
  /** Material Symbols ligature name, e.g. "dashboard". */
  readonly icon: string;
  /** Translation key of the label. */
  readonly labelKey: string;
  /** Active only on an exact URL match (needed for "/", which prefixes every URL). */
  readonly exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { route: '/', icon: 'dashboard', labelKey: 'nav.overview', exact: true },
];
