/**
 * Fixtures shared by the reporting specs. Named `.spec.ts` so that the build leaves it out of
 * dist; it declares no specs of its own.
 */
import { crc32 } from 'node:zlib';
import { activeActions, referenceData, type EntryChange, type Role } from '@ppm/shared';
import type { Express } from 'express';
import type request from 'supertest';
import { signIn } from '../../testing/auth.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { CycleModel, type StoredCycle } from '../cycles/cycle.model.js';
import { markCyclesChanged } from '../cycles/cycle-store.js';
import { seedActionPlan, seedStatesAndRegions } from '../reference/seed-reference-data.js';
import type { ReportRecord } from './report.model.js';
import { findReport } from './report-store.js';

/** The 53 illustrative actions in plan order. */
export const ACTION_CODES = activeActions(referenceData.actionPlan).map((action) => action.code);

export async function freshReferenceData(): Promise<void> {
  await resetDatabase();
  await seedStatesAndRegions(silentLogger);
  await seedActionPlan(silentLogger);
}

/** A cycle straight in the database: open, 2026, expecting AT, KZ and GE, deadline far ahead. */
export async function createCycle(overrides: Partial<Omit<StoredCycle, '_id'>> = {}): Promise<string> {
  const now = new Date();
  const cycle = await CycleModel.create({
    name: { en: '2026 annual report', ru: 'Ежегодный отчёт 2026' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    opensAt: '2026-01-15',
    deadline: '2099-12-31',
    expectedStates: ['AT', 'KZ', 'GE'],
    status: 'open',
    deadlineExtensions: [],
    revision: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
  await markCyclesChanged();
  return String(cycle._id);
}

export interface Person {
  user: Awaited<ReturnType<typeof signIn>>['user'];
  get(url: string): request.Test;
  put(url: string, body: object): request.Test;
  post(url: string, body?: object): request.Test;
  patch(url: string, body: object): request.Test;
  delete(url: string): request.Test;
  upload(url: string, data: Buffer, contentType: string, fileName: string): request.Test;
}

/** A signed-in browser session of a new account; unsafe requests carry the CSRF token. */
export async function person(app: Express, role: Role, stateCode?: string): Promise<Person> {
  const { agent, csrf, user } = await signIn(app, role, stateCode ? { stateCode } : {});
  return {
    user,
    get: (url) => agent.get(url),
    put: (url, body) => agent.put(url).set('X-XSRF-TOKEN', csrf).send(body),
    post: (url, body) => {
      const request = agent.post(url).set('X-XSRF-TOKEN', csrf);
      return body === undefined ? request : request.send(body);
    },
    patch: (url, body) => agent.patch(url).set('X-XSRF-TOKEN', csrf).send(body),
    delete: (url) => agent.delete(url).set('X-XSRF-TOKEN', csrf),
    upload: (url, data, contentType, fileName) =>
      agent
        .post(url)
        .set('X-XSRF-TOKEN', csrf)
        .set('Content-Type', contentType)
        .set('X-File-Name', encodeURIComponent(fileName))
        .send(data),
  };
}

/** Answers that make an entry complete: taking part, with a status and a narrative. */
export function answered(actionCode: string, overrides: Partial<EntryChange> = {}): EntryChange {
  return {
    actionCode,
    participation: 'participating',
    status: 'limited',
    narrative: { text: `Work on ${actionCode} started with two national trainings.`, lang: 'en' },
    ...overrides,
  };
}

/** Every action answered: half taking part, the other half not (a complete answer too). */
export function allAnswered(): EntryChange[] {
  return ACTION_CODES.map((code, index) =>
    index % 2 === 0 ? answered(code) : { actionCode: code, participation: 'not_participating' as const },
  );
}

/** What the database holds for the report: its header with the answers of its current snapshot. */
export function storedReport(cycleId: string, stateCode: string): Promise<ReportRecord | null> {
  return findReport(cycleId, stateCode);
}

export const reportUrl = (cycleId: string, stateCode: string) => `/api/v1/cycles/${cycleId}/reports/${stateCode}`;

/** A small but real PDF (header, one empty page, trailer). */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** A ZIP with its entries stored uncompressed, as Office and OpenDocument files are built. */
export function zipOf(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal .docx: content types, relationships and the document part. */
export const DOCX_BYTES = zipOf([
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships/>' },
  { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document/>' },
]);
