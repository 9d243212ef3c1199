/*
 * The dashboard's colours (client shared/ui/charts): Okabe and Ito's palette, distinguishable with
 * the common colour-vision deficiencies; each status keeps one colour everywhere.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export const STATUS_COLOURS = {
  not_started: '#D55E00',
  limited: '#E69F00',
  substantial: '#56B4E9',
  completed: '#0072B2',
  not_participating: '#8C8C8C',
  approved: '#009E73',
} as const;

export const NEUTRAL_COLOUR = '#BDBDBD';
