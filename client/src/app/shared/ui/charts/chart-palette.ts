/*
 * Colours of every chart. Okabe and Ito's palette stays distinguishable with the common
 * colour-vision deficiencies; statuses keep one colour everywhere (charts, the coverage map,
 * legends), and tables and letters repeat what the colours say.
 */
export const OKABE_ITO = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** Implementation, participation and report statuses. */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  not_started: '#D55E00',
  limited: '#E69F00',
  substantial: '#56B4E9',
  completed: '#0072B2',
  not_participating: '#8C8C8C',
  unanswered: '#D9D9D9',
  draft: '#E69F00',
  submitted: '#56B4E9',
  returned: '#D55E00',
  approved: '#009E73',
};

/** A key's fixed colour, or the palette's colour for its position. */
export function colourOf(key: string, index: number): string {
  return STATUS_COLOURS[key] ?? OKABE_ITO[index % OKABE_ITO.length];
}
