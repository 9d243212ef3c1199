import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ActionPlanApi } from './action-plan.api';
import { ActionPlanImportApi, templateUrl, uploadType } from './action-plan-import.api';
import { goodPreview, planFixture } from './testing/plan-fixture';

describe('ActionPlanApi', () => {
  let api: ActionPlanApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ActionPlanImportApi],
    });
    api = TestBed.inject(ActionPlanApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends every edit with the version it was based on', () => {
    const title = { en: 'T', ru: 'Т' };
    api.updateArea('2', 3, { shortTitle: title }).subscribe();
    api.addAction('2', 3, title).subscribe();
    api.updateAction('2.1', 3, { retired: true }).subscribe();
    api.reorderActions('2', 3, ['2.2', '2.1']).subscribe();

    const area = http.expectOne('/api/v1/action-plan/areas/2');
    const add = http.expectOne('/api/v1/action-plan/areas/2/actions');
    const action = http.expectOne('/api/v1/action-plan/actions/2.1');
    const order = http.expectOne('/api/v1/action-plan/areas/2/order');

    expect([area.request.method, area.request.body]).toEqual([
      'PATCH',
      { version: 3, shortTitle: title },
    ]);
    expect([add.request.method, add.request.body]).toEqual(['POST', { version: 3, title }]);
    expect([action.request.method, action.request.body]).toEqual([
      'PATCH',
      { version: 3, retired: true },
    ]);
    expect([order.request.method, order.request.body]).toEqual([
      'PUT',
      { version: 3, actionCodes: ['2.2', '2.1'] },
    ]);
    for (const request of [area, add, action, order]) {
      request.flush(planFixture(4));
    }
  });

  describe('import', () => {
    it('uploads the file itself as the body, with its type, reporting progress', () => {
      const importApi = TestBed.inject(ActionPlanImportApi);
      const file = new File(['a'], 'actions.csv', { type: '' });
      importApi.preview(file).subscribe();

      const request = http.expectOne('/api/v1/action-plan/import/preview');

      expect(request.request.method).toBe('POST');
      expect(request.request.body).toBe(file);
      expect(request.request.headers.get('Content-Type')).toBe('text/csv');
      expect(request.request.reportProgress).toBeTrue();
      request.flush(goodPreview());
    });

    it('applies a preview with the version', () => {
      TestBed.inject(ActionPlanImportApi).apply('p-1', 3).subscribe();

      const request = http.expectOne('/api/v1/action-plan/import/p-1/apply');

      expect(request.request.body).toEqual({ version: 3 });
      request.flush(planFixture(4));
    });

    it('names the template address and the upload type of a file', () => {
      expect(templateUrl('csv')).toBe('/api/v1/action-plan/import/template?format=csv');
      expect(uploadType({ name: 'Plan.XLSX', type: '' })).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(uploadType({ name: 'plan.csv', type: 'application/vnd.ms-excel' })).toBe(
        'application/vnd.ms-excel',
      );
    });
  });
});
