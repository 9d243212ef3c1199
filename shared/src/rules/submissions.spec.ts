import { isOverdue, submissionSummary, type SubmissionHeader } from './submissions.js';

const cycle = {
  expectedStates: ['AT', 'DE', 'GE', 'KZ', 'AM'],
  deadline: '2026-03-31',
  deadlineExtensions: [{ stateCode: 'KZ', deadline: '2026-04-30' }],
};

function header(
  stateCode: string,
  status: SubmissionHeader['status'],
  firstSubmittedAt: string | null,
): SubmissionHeader {
  return { stateCode, status, completenessPercent: 80, firstSubmittedAt, updatedAt: '2026-03-20T10:00:00.000Z' };
}

describe('figures: submissions', () => {
  describe('after the deadline, with one extension', () => {
    const now = new Date('2026-04-10T12:00:00Z');
    const summary = submissionSummary(
      cycle,
      [
        header('AT', 'approved', '2026-03-30T09:00:00Z'),
        header('DE', 'returned', '2026-04-02T09:00:00Z'), // submitted late
        header('GE', 'draft', null), // late: deadline passed
        header('KZ', 'draft', null), // extension to 30 April: not late
        header('XX', 'submitted', '2026-03-01T00:00:00Z'), // not expected: ignored
      ],
      now,
    );

    it('counts expected, responded and the response rate', () => {
      expect(summary.expected).toBe(5);
      expect(summary.responded).toBe(2);
      expect(summary.responseRate).toBe(40);
    });

    it('counts statuses with not started for expected states that saved nothing', () => {
      expect(summary.byStatus).toEqual({ not_started: 1, draft: 2, submitted: 0, returned: 1, approved: 1 });
    });

    it('counts late states: late submissions and missing ones past their own deadline', () => {
      expect(summary.late).toBe(3);
      expect(summary.states.filter((row) => row.late).map((row) => row.stateCode)).toEqual(['DE', 'GE', 'AM']);
    });

    it('gives each state its deadline and days left', () => {
      const kz = summary.states.find((row) => row.stateCode === 'KZ');
      expect(kz).toEqual(jasmine.objectContaining({ deadline: '2026-04-30', daysToDeadline: 21, completeness: 80 }));
      const am = summary.states.find((row) => row.stateCode === 'AM');
      expect(am).toEqual(
        jasmine.objectContaining({ status: 'not_started', completeness: 0, lastActivity: null, daysToDeadline: -9 }),
      );
    });
  });

  it('counts a report reopened to draft after its submission as responded', () => {
    const summary = submissionSummary(
      { ...cycle, expectedStates: ['AT', 'DE', 'GE'] },
      [header('AT', 'draft', '2026-03-01T00:00:00Z')],
      new Date('2026-03-02T00:00:00Z'),
    );
    expect(summary.responded).toBe(1);
    expect(summary.responseRate).toBe(33.3);
  });

  it('has no response rate when no state is expected', () => {
    expect(submissionSummary({ ...cycle, expectedStates: [] }, [], new Date()).responseRate).toBeNull();
  });
});

describe('rules: isOverdue', () => {
  // The deadline day 2027-03-31 ends at 23:59:59.999 UTC.
  const during = new Date('2027-03-31T23:59:59Z');
  const after = new Date('2027-04-01T00:00:00Z');

  it('is true once the deadline day has ended for a report still to come in', () => {
    for (const status of ['not_started', 'draft', 'returned'] as const) {
      expect(isOverdue(status, '2027-03-31', during))
        .withContext(status)
        .toBeFalse();
      expect(isOverdue(status, '2027-03-31', after))
        .withContext(status)
        .toBeTrue();
    }
  });

  it('is never true for a report that is in', () => {
    expect(isOverdue('submitted', '2027-03-31', after)).toBeFalse();
    expect(isOverdue('approved', '2027-03-31', after)).toBeFalse();
  });
});
