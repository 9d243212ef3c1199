import type { SupportCategory } from '../reporting/codes.js';
import type { ReportFacts } from './facts.js';

export interface PeerLearningAction {
  actionCode: string;
  /** States reporting substantial progress or completion: who could share experience. */
  advanced: string[];
  /** States taking part that ask for support on the action, with what they ask for. */
  askingSupport: { stateCode: string; categories: SupportCategory[] }[];
  /** Suggested exchanges: each state asking for support beside an advanced state, in turn. */
  pairings: { from: string; to: string }[];
}

/**
 * Per action, states that have come far beside states asking for support: suggested pairings
 * for exchanges. Actions with nobody on either side are left out.
 */
export function peerLearning(reports: readonly ReportFacts[], actionCodes: readonly string[]): PeerLearningAction[] {
  const sorted = [...reports].sort((a, b) => a.stateCode.localeCompare(b.stateCode));
  return actionCodes
    .map((actionCode): PeerLearningAction => {
      const advanced: string[] = [];
      const askingSupport: PeerLearningAction['askingSupport'] = [];
      for (const report of sorted) {
        const entry = report.entries.find((candidate) => candidate.actionCode === actionCode);
        if (entry?.participation !== 'participating') continue;
        if (entry.status === 'substantial' || entry.status === 'completed') advanced.push(report.stateCode);
        else if (entry.supportCategories.length > 0) {
          askingSupport.push({ stateCode: report.stateCode, categories: [...entry.supportCategories] });
        }
      }
      const pairings =
        advanced.length === 0
          ? []
          : askingSupport.map((asking, index) => ({ from: advanced[index % advanced.length]!, to: asking.stateCode }));
      return { actionCode, advanced, askingSupport, pairings };
    })
    .filter((action) => action.advanced.length > 0 || action.askingSupport.length > 0);
}
