import { reviewRow, type ReportSummary } from './review-list.js';

const cycle = { deadline: '2026-03-31', deadlineExtensions: [{ stateCode: 'GE', deadline: '2026-04-30' }] };
const report = (overrides: Partial<ReportSummary>): ReportSummary => ({
  stateCode: 'AT',
  status: 'draft',
  completeness: { complete: 10, total: 53, percent: 18 },
  updatedAt: '2026-03-01T10:00:00.000Z',
  submittedAt: null,
  firstSubmittedAt: null,
  ...overrides,
});

describe('reviewRow', () => {
  const beforeDeadline = new Date('2026-03-31T23:00:00Z');
  const afterDeadline = new Date('2026-04-01T00:00:00Z');

  describe('when the state has not started', () => {
    it('shows not_started with nothing answered, late only once the deadline day has ended', () => {
      expect(reviewRow(cycle, 'KZ', 'CA', undefined, 53, beforeDeadline)).toEqual({
        stateCode: 'KZ',
        region: 'CA',
        status: 'not_started',
        completeness: { complete: 0, total: 53, percent: 0 },
        updatedAt: null,
        submittedAt: null,
        deadline: '2026-03-31',
        late: false,
      });
      expect(reviewRow(cycle, 'KZ', 'CA', undefined, 53, afterDeadline).late).toBeTrue();
    });
  });

  describe('when the state submitted', () => {
    it('is late only when the first submission came after the deadline, whatever happened later', () => {
      const onTime = report({ status: 'returned', firstSubmittedAt: '2026-03-31T23:59:59.999Z' });
      expect(reviewRow(cycle, 'AT', 'EU', onTime, 53, afterDeadline).late).toBeFalse();
      const tooLate = report({ status: 'submitted', firstSubmittedAt: '2026-04-01T00:00:00.000Z' });
      expect(reviewRow(cycle, 'AT', 'EU', tooLate, 53, afterDeadline).late).toBeTrue();
    });
  });

  describe('when the state has an extension', () => {
    it('uses the extended deadline', () => {
      const row = reviewRow(cycle, 'GE', 'EAP', report({ stateCode: 'GE' }), 53, afterDeadline);
      expect(row.deadline).toBe('2026-04-30');
      expect(row.late).toBeFalse();
      expect(row.completeness).toEqual({ complete: 10, total: 53, percent: 18 });
      expect(row.updatedAt).toBe('2026-03-01T10:00:00.000Z');
    });
  });
});
