import type { SubmissionStatus, SubmissionsAnswer } from './analytics.models';
import type { Names } from './names';

/** One expected state on the submission board. */
export interface BoardRow {
  readonly stateCode: string;
  readonly stateName: string;
  readonly regionName: string;
  readonly status: SubmissionStatus;
  readonly completeness: number;
  readonly lastActivity: string | null;
  readonly late: boolean;
  readonly deadline: string;
  readonly daysToDeadline: number;
}

/**
 * The board's rows, late states first, then by days left and name. The region filter is the
 * API's (`regionCode`); the status filter is applied here.
 */
export function toBoardRows(
  answer: SubmissionsAnswer | null,
  names: Names,
  status: string | null,
): BoardRow[] {
  return (answer?.states ?? [])
    .filter((state) => status === null || state.status === status)
    .map((state) => {
      const region = names.regionOfState(state.stateCode);
      return {
        stateCode: state.stateCode,
        stateName: names.state(state.stateCode),
        regionName: region ? names.region(region) : '',
        status: state.status,
        completeness: state.completeness,
        lastActivity: state.lastActivity,
        late: state.late,
        deadline: state.deadline,
        daysToDeadline: state.daysToDeadline,
      };
    })
    .sort(
      (a, b) =>
        Number(b.late) - Number(a.late) ||
        a.daysToDeadline - b.daysToDeadline ||
        a.stateName.localeCompare(b.stateName),
    );
}
