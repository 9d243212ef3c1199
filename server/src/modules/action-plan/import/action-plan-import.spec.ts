import { type ActionPlanView, type ImportPreview, referenceData, type Role } from '@ppm/shared';
import ExcelJS from 'exceljs';
import type { Express } from 'express';
import request from 'supertest';
import { signIn } from '../../../testing/auth.js';
import { createTestApp } from '../../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../../testing/test-database.js';
import { AuditEntry } from '../../audit/audit-entry.model.js';
import { seedActionPlan, seedStatesAndRegions } from '../../reference/seed-reference-data.js';
import { loadCurrentPlan } from '../plan-store.js';
import { ActionPlanImportModel } from './action-plan-import.model.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['area', 'action code', 'title (English)', 'title (Russian)'];
const ACTION_1_1 = {
  en: 'Exchange information and joint risk analysis on irregular migration routes',
  ru: 'Обмен информацией и совместный анализ рисков на маршрутах нерегулярной миграции',
};
const ACTION_1_2 = {
  en: 'Strengthen integrated border management capacities',
  ru: 'Укрепление потенциала комплексного управления границами',
};
const NEW_1_2 = { en: 'Secure borders together', ru: 'Совместная охрана границ' };

/** Codes "a.from" to "a.to". */
function codes(area: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `${area}.${from + index}`);
}

async function xlsxFile(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Official list');
  sheet.addRow(HEADER);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The "official" list: 1.1 unchanged, 1.2 retitled, 1.10 new; areas 2 to 6 keep only their
 * first action. Everything else (46 actions) is to be retired.
 */
function officialList(): Promise<Buffer> {
  const firstOf = (area: number) => {
    const title = referenceData.actionPlan.areas[area - 1]!.actions[0]!.title;
    return [String(area), `${area}.1`, title.en, title.ru];
  };
  return xlsxFile([
    ['1', '1.1', ACTION_1_1.en, ACTION_1_1.ru],
    ['1', '1.2', NEW_1_2.en, NEW_1_2.ru],
    ['1', '1.10', 'Official action ten', 'Официальное действие десять'],
    ...[2, 3, 4, 5, 6].map(firstOf),
  ]);
}

const BAD_CSV = [
  HEADER.join(','),
  '1,1.1,Title one,Название один',
  '1,2.1,Wrong area,Не та область',
  '1,1.1,Duplicate,Дубль',
  '7,7.1,Unknown area,Неизвестная область',
  '1,1-2,Bad code,Плохой код',
  '1,1.3,,Нет английского',
  ',,,',
  '1,1.4,"=HYPERLINK(""http://x"")",Формула',
  `2,2.2,${'x'.repeat(501)},Длинный`,
].join('\r\n');

describe('The action list import API', () => {
  let app: Express;

  beforeEach(async () => {
    await resetDatabase();
    await seedStatesAndRegions(silentLogger);
    await seedActionPlan(silentLogger);
    app = createTestApp();
  });

  async function secretariat() {
    const { agent, csrf } = await signIn(app, 'secretariat');
    return {
      agent,
      template: (format: 'xlsx' | 'csv') =>
        agent.get(`/api/v1/action-plan/import/template?format=${format}`).responseType('blob'),
      preview: (file: Buffer | string, type: string) =>
        agent.post('/api/v1/action-plan/import/preview').set('X-XSRF-TOKEN', csrf).set('Content-Type', type).send(file),
      apply: (previewId: string, version: number) =>
        agent.post(`/api/v1/action-plan/import/${previewId}/apply`).set('X-XSRF-TOKEN', csrf).send({ version }),
      patch: (url: string, body: object) => agent.patch(url).set('X-XSRF-TOKEN', csrf).send(body),
    };
  }

  describe('importing the action list', () => {
    describe('GET /api/v1/action-plan/import/template', () => {
      describe('as XLSX', () => {
        it('lists the 53 actions in force under the import columns, codes as text', async () => {
          const { template } = await secretariat();
          const response = await template('xlsx').expect(200);
          expect(response.headers['content-type']).toBe(XLSX);
          expect(response.headers['content-disposition']).toBe('attachment; filename=action-plan-template.xlsx');
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(response.body);
          const sheet = workbook.worksheets[0]!;
          expect(sheet.name).toBe('Actions');
          expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
          expect(sheet.rowCount).toBe(54);
          expect(sheet.getRow(2).values).toEqual([undefined, '1', '1.1', ACTION_1_1.en, ACTION_1_1.ru]);
          expect(sheet.getRow(54).getCell(2).value).toBe('6.9');
          expect(workbook.getWorksheet('Areas')?.rowCount).toBe(7);
        });
      });

      describe('as CSV', () => {
        it('is UTF-8 with a byte order mark, so Excel shows the Russian titles', async () => {
          const { template } = await secretariat();
          const response = await template('csv').expect(200);
          expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
          const body = response.body as Buffer;
          expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          const lines = body.subarray(3).toString('utf8').split('\n');
          expect(lines[0]).toBe('area,action code,title (English),title (Russian)');
          expect(lines[1]).toBe(`1,1.1,${ACTION_1_1.en},${ACTION_1_1.ru}`);
          expect(lines.filter((line) => line.trim() !== '').length).toBe(54);
        });
      });

      describe('after an action was retired', () => {
        it('leaves it out', async () => {
          const { template, patch } = await secretariat();
          await patch('/api/v1/action-plan/actions/1.3', { version: 1, retired: true }).expect(200);
          const file = (await template('csv').expect(200)).body as Buffer;
          const lines = file.toString('utf8').trim().split('\n');
          expect(lines.length).toBe(53);
          expect(lines.some((line) => line.startsWith('1,1.3,'))).toBeFalse();
        });
      });

      describe('with an unknown format', () => {
        it('answers 400', async () => {
          const { agent } = await secretariat();
          await agent.get('/api/v1/action-plan/import/template?format=pdf').expect(400);
        });
      });
    });

    describe('POST /api/v1/action-plan/import/preview', () => {
      describe('when the CSV has bad rows', () => {
        it('lists every bad row with its reason, refuses to be valid and changes nothing', async () => {
          const { preview } = await secretariat();
          const { body } = await preview(BAD_CSV, 'text/csv').expect(200);
          expect(body.valid).toBeFalse();
          expect(body.basedOnVersion).toBe(1);
          expect((body as ImportPreview).rows.map((row) => [row.row, row.errors])).toEqual([
            [2, []],
            [3, ['Action 2.1 does not belong to area 1: its code must start with "1.".']],
            [4, ['Action 1.1 is listed twice: it is already in row 2.']],
            [5, ['There is no area 7 in the action plan.']],
            [6, ['The action code "1-2" does not look like "1.2" (area number, dot, action number).']],
            [7, ['The English title is missing.']],
            [8, ['The row is empty; delete it or fill it in.']],
            [9, ['The English title is a formula (=HYPERLINK("http://x")); type the text itself.']],
            [10, ['The English title has 501 characters; at most 500 are allowed.']],
          ]);
          expect(body.rows[0]).toEqual({
            row: 2,
            areaCode: '1',
            actionCode: '1.1',
            title: { en: 'Title one', ru: 'Название один' },
            errors: [],
          });
          expect(body.errors).toEqual([
            'Area 3 (Legal migration with a special emphasis on labour migration) has no actions in the file; every area needs at least one.',
            'Area 4 (Integration of legally residing migrants) has no actions in the file; every area needs at least one.',
            'Area 5 (Migration, mobility and development) has no actions in the file; every area needs at least one.',
            'Area 6 (Strengthening capacities in the area of asylum and international protection) has no actions in the file; every area needs at least one.',
          ]);
          expect(body.changes.retitled).toEqual([
            { code: '1.1', before: ACTION_1_1, after: { en: 'Title one', ru: 'Название один' } },
          ]);

          const plan = await loadCurrentPlan();
          expect(plan.version).toBe(1);
          expect(plan.actionsAreIllustrative).toBeTrue();
          expect(plan.areas[0]!.actions[0]!.title).toEqual(ACTION_1_1);
          expect(await AuditEntry.countDocuments()).toBe(0);
        });
      });

      describe('when the file is the XLSX template as downloaded', () => {
        it('is valid and changes nothing', async () => {
          const { template, preview } = await secretariat();
          const file = (await template('xlsx').expect(200)).body as Buffer;
          const { body } = await preview(file, XLSX).expect(200);
          expect(body.valid).toBeTrue();
          expect(body.errors).toEqual([]);
          expect(body.rows.length).toBe(53);
          expect(body.changes).toEqual({ added: [], removed: [], restored: [], retitled: [], unchanged: 53 });
        });
      });

      describe('when the file is the CSV template, re-saved with semicolons and sent as octet-stream', () => {
        it('is read by its content and is valid', async () => {
          const { template, preview } = await secretariat();
          const csv = ((await template('csv').expect(200)).body as Buffer).toString('utf8');
          // Only the separators: commas inside quoted titles stay.
          const semicolons = csv.replace(/,(?=(?:[^"\n]*"[^"\n]*")*[^"\n]*$)/gm, ';');
          expect(semicolons.split('\n')[0]).toBe('\uFEFFarea;action code;title (English);title (Russian)');
          const { body } = await preview(Buffer.from(semicolons, 'utf8'), 'application/octet-stream').expect(200);
          expect(body.valid).toBeTrue();
          expect(body.changes.unchanged).toBe(53);
        });
      });

      describe('when the file cannot be read', () => {
        const files: [string, Buffer][] = [
          ['binary data', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])],
          ['a broken zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)])],
          ['an old .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(64, 0)])],
          ['nothing', Buffer.alloc(0)],
        ];
        for (const [what, file] of files) {
          it(`answers 400 unreadable_file for ${what}`, async () => {
            const { preview } = await secretariat();
            const response = await preview(file, 'application/octet-stream').expect(400);
            expect(response.body.error.code).toBe('unreadable_file');
            expect(await ActionPlanImportModel.countDocuments()).toBe(0);
          });
        }
      });

      describe('when the body is JSON instead of a file', () => {
        it('answers 415', async () => {
          const { preview } = await secretariat();
          const response = await preview(JSON.stringify({ rows: [] }), 'application/json').expect(415);
          expect(response.body.error.code).toBe('unsupported_media_type');
        });
      });

      describe('when the file is larger than 5 MB', () => {
        it('answers 413', async () => {
          const { preview } = await secretariat();
          const response = await preview(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'text/csv').expect(413);
          expect(response.body.error.code).toBe('payload_too_large');
        });
      });
    });

    describe('POST /api/v1/action-plan/import/:previewId/apply', () => {
      describe('when the official list (XLSX) is previewed and applied', () => {
        it('previews exactly what will change', async () => {
          const { preview } = await secretariat();
          const { body } = await preview(await officialList(), XLSX).expect(200);
          expect(body.valid).toBeTrue();
          expect(body.changes).toEqual({
            added: ['1.10'],
            removed: [
              ...codes(1, 3, 9),
              ...codes(2, 2, 9),
              ...codes(3, 2, 9),
              ...codes(4, 2, 8),
              ...codes(5, 2, 9),
              ...codes(6, 2, 9),
            ],
            restored: [],
            retitled: [{ code: '1.2', before: ACTION_1_2, after: NEW_1_2 }],
            unchanged: 6,
          });
          expect(body.changes.removed.length).toBe(46);
        });

        it('replaces the actions (the removed ones retired), clears the illustrative flag and audits it once', async () => {
          const { preview, apply } = await secretariat();
          const { previewId } = (await preview(await officialList(), XLSX).expect(200)).body;
          const { body } = await apply(previewId, 1).expect(200);
          expect(body.version).toBe(2);
          expect(body.actionsAreIllustrative).toBeFalse();
          expect((body as ActionPlanView).areas[0]!.actions.map((action) => [action.code, action.retired])).toEqual([
            ['1.1', false],
            ['1.2', false],
            ['1.10', false],
            ...codes(1, 3, 9).map((code) => [code, true]),
          ]);
          expect(body.areas[0].actions[1].title).toEqual(NEW_1_2);

          const plan = await loadCurrentPlan();
          const all = plan.areas.flatMap((area) => area.actions);
          expect(all.length).toBe(54);
          expect(all.filter((action) => !action.retired).map((action) => action.code)).toEqual([
            '1.1',
            '1.2',
            '1.10',
            '2.1',
            '3.1',
            '4.1',
            '5.1',
            '6.1',
          ]);

          const audit = await AuditEntry.find().lean();
          expect(audit.length).toBe(1);
          expect(audit[0]).toEqual(
            jasmine.objectContaining({ action: 'action_plan.imported', entity: 'action_plan', entityId: '2023-2027' }),
          );
          const before = audit[0]!.before as { code: string; retired: boolean }[];
          const after = audit[0]!.after as { code: string; retired: boolean }[];
          expect(before.length).toBe(53);
          expect(before.filter((action) => action.retired).length).toBe(0);
          expect(after.length).toBe(54);
          expect(after.filter((action) => action.retired).length).toBe(46);
        });
      });

      describe('when the same preview is applied twice', () => {
        it('answers 409 the second time and changes nothing more', async () => {
          const { preview, apply } = await secretariat();
          const { previewId } = (await preview(await officialList(), XLSX).expect(200)).body;
          await apply(previewId, 1).expect(200);
          const response = await apply(previewId, 2).expect(409);
          expect(response.body.error.code).toBe('import_already_applied');
          expect((await loadCurrentPlan()).version).toBe(2);
          expect(await AuditEntry.countDocuments()).toBe(1);
        });
      });

      describe('when the plan was edited after the preview', () => {
        it('answers 409 stale_version and leaves the plan as the edit left it', async () => {
          const { preview, apply, patch } = await secretariat();
          const { previewId } = (await preview(await officialList(), XLSX).expect(200)).body;
          await patch('/api/v1/action-plan/actions/2.2', { version: 1, title: NEW_1_2 }).expect(200);
          const response = await apply(previewId, 2).expect(409);
          expect(response.body.error).toEqual(
            jasmine.objectContaining({ code: 'stale_version', details: { currentVersion: 2 } }),
          );
          const plan = await loadCurrentPlan();
          expect(plan.version).toBe(2);
          expect(plan.actionsAreIllustrative).toBeTrue();
          expect(plan.areas.flatMap((area) => area.actions).filter((action) => action.retired).length).toBe(0);
        });
      });

      describe('when the version sent is not the one previewed', () => {
        it('answers 409 stale_version', async () => {
          const { preview, apply } = await secretariat();
          const { previewId } = (await preview(await officialList(), XLSX).expect(200)).body;
          const response = await apply(previewId, 5).expect(409);
          expect(response.body.error.code).toBe('stale_version');
          expect((await loadCurrentPlan()).version).toBe(1);
        });
      });

      describe('when the preview had errors', () => {
        it('answers 422 import_invalid and changes nothing', async () => {
          const { preview, apply } = await secretariat();
          const { previewId } = (await preview(BAD_CSV, 'text/csv').expect(200)).body;
          const response = await apply(previewId, 1).expect(422);
          expect(response.body.error.code).toBe('import_invalid');
          expect((await loadCurrentPlan()).version).toBe(1);
        });
      });

      describe('when the preview does not exist or has expired', () => {
        it('answers 404', async () => {
          const { preview, apply } = await secretariat();
          await apply('6f1c1b4e-8d1e-4a7b-9c59-1f0a3c2e9d11', 1).expect(404);
          await apply('not-an-id', 1).expect(404);
          const { previewId } = (await preview(await officialList(), XLSX).expect(200)).body;
          await ActionPlanImportModel.updateOne(
            { _id: previewId },
            { $set: { expiresAt: new Date(Date.now() - 1000) } },
          );
          await apply(previewId, 1).expect(404);
          expect((await loadCurrentPlan()).version).toBe(1);
        });
      });
    });

    describe('who may import', () => {
      it('answers 401 to an anonymous caller', async () => {
        await request(app)
          .post('/api/v1/action-plan/import/preview')
          .set('Content-Type', 'text/csv')
          .send(BAD_CSV)
          .expect(401);
        await request(app).get('/api/v1/action-plan/import/template').expect(401);
      });

      for (const role of ['admin', 'evaluator', 'focal_point', 'contributor'] as Role[]) {
        it(`answers 403 to ${role} for the template, the preview and apply`, async () => {
          const { agent, csrf } = await signIn(app, role);
          await agent.get('/api/v1/action-plan/import/template').expect(403);
          await agent
            .post('/api/v1/action-plan/import/preview')
            .set('X-XSRF-TOKEN', csrf)
            .set('Content-Type', 'text/csv')
            .send(BAD_CSV)
            .expect(403);
          await agent
            .post('/api/v1/action-plan/import/6f1c1b4e-8d1e-4a7b-9c59-1f0a3c2e9d11/apply')
            .set('X-XSRF-TOKEN', csrf)
            .send({ version: 1 })
            .expect(403);
          expect(await ActionPlanImportModel.countDocuments()).toBe(0);
        });
      }

      it('answers 403 csrf_failed to a Secretariat browser without the CSRF header', async () => {
        const { agent } = await signIn(app, 'secretariat');
        const response = await agent
          .post('/api/v1/action-plan/import/preview')
          .set('Content-Type', 'text/csv')
          .send(BAD_CSV)
          .expect(403);
        expect(response.body.error.code).toBe('csrf_failed');
      });
    });
  });
});
