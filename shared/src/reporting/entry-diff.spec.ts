import { changedFields, diffEntries } from './entry-diff.js';
import type { ReportEntry } from './report.schema.js';

const entry = (actionCode: string, overrides: Partial<ReportEntry> = {}): ReportEntry => ({
  actionCode,
  participation: null,
  status: null,
  narrative: { text: '', lang: 'en' },
  obstacles: { text: '', lang: 'en' },
  supportNeeded: { categories: [], text: { text: '', lang: 'en' } },
  evidence: { links: [], files: [] },
  indicators: [],
  carriedOver: false,
  reviewComment: null,
  ...overrides,
});

describe('changedFields', () => {
  it('ignores key order, carriedOver and review comments', () => {
    const a = entry('1.1', { narrative: { text: 'x', lang: 'en' } });
    const b = entry('1.1', { narrative: { lang: 'en', text: 'x' } as never, carriedOver: true, reviewComment: 'Why?' });
    expect(changedFields(a, b)).toEqual([]);
  });

  it('names links and files apart from the rest of the evidence', () => {
    const a = entry('1.1');
    const b = entry('1.1', { evidence: { links: [{ title: 'Law', url: 'https://example.org' }], files: [] } });
    expect(changedFields(a, b)).toEqual(['links']);
  });
});

describe('diffEntries', () => {
  it('gives both values per differing field, and whole entries present on one side only', () => {
    const before = [entry('1.1'), entry('1.2', { status: 'limited' })];
    const after = [entry('1.2', { status: 'completed' }), entry('1.3')];
    const result = diffEntries(before, after);
    expect(result[0]).toEqual({ actionCode: '1.2', fields: [{ field: 'status', from: 'limited', to: 'completed' }] });
    expect(result[1]?.actionCode).toBe('1.3');
    expect(result[1]?.fields.length).toBe(8);
    expect(result[1]?.fields[0]).toEqual({ field: 'participation', from: null, to: null });
    expect(result[2]?.actionCode).toBe('1.1');
    expect(result[2]?.fields[2]).toEqual({ field: 'narrative', from: { text: '', lang: 'en' }, to: null });
  });
});
