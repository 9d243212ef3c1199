import type { AuditEntry } from '../audit.api';

/** An audit entry as the API returns it: the Secretariat retired action 1.3. */
export function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '64b000000000000000000010',
    at: '2026-11-28T14:05:00.000Z',
    actor: { id: 'u1', email: 'secretariat@icmpd.example', name: 'Anna Secretariat' },
    action: 'action.retired',
    entity: 'action',
    entityId: '1.3',
    before: { code: '1.3', title: { en: 'C', ru: 'В' }, retired: false },
    after: { code: '1.3', title: { en: 'C', ru: 'В' }, retired: true },
    ...overrides,
  };
}
