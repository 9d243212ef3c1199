import { moveCode, toPlanView, withPendingOrder } from './plan-view';
import { planFixture, planWithRetired } from './testing/plan-fixture';

describe('plan view helpers', () => {
  describe('toPlanView', () => {
    it('is null while there is no plan', () => {
      expect(toPlanView(null, 'en')).toBeNull();
    });

    describe('in Russian', () => {
      const view = toPlanView(planFixture(), 'ru')!;

      it('gives titles in Russian with the English ones as the secondary line', () => {
        const area = view.areas[0];

        expect(view.title).toBe('План действий Пражского процесса на 2023-2027 годы');
        expect(area.title).toBe('Предотвращение незаконной миграции и борьба с ней');
        expect(area.otherTitle).toBe('Preventing and fighting illegal migration');
        expect(area.shortTitle).toBe('Нерегулярная миграция');
        expect(area.actions[0]).toEqual(
          jasmine.objectContaining({
            code: '1.1',
            title: 'Действие 1.1',
            otherTitle: 'Action 1.1',
          }),
        );
        expect(view.otherLocale).toBe('en');
      });

      it('keeps both languages for editing', () => {
        expect(view.areas[1].titles.shortTitle).toEqual({
          en: 'Return and reintegration',
          ru: 'Возвращение и реинтеграция',
        });
      });
    });

    it('counts only the actions in force, but lists the retired ones too', () => {
      const view = toPlanView(planWithRetired(['1.2', '1.5']), 'en')!;
      const area = view.areas[0];

      expect(area.actions.length).toBe(9);
      expect(area.activeCount).toBe(7);
      expect(area.actions.filter((action) => action.retired).map((action) => action.code)).toEqual([
        '1.2',
        '1.5',
      ]);
      expect(view.activeCount).toBe(51);
    });

    it('falls back to English where a Russian text is blank', () => {
      const plan = planFixture();
      const blank = {
        ...plan,
        areas: [{ ...plan.areas[0], shortTitle: { en: 'Irregular migration', ru: '' } }],
      };

      expect(toPlanView(blank, 'ru')!.areas[0].shortTitle).toBe('Irregular migration');
    });
  });

  describe('withPendingOrder', () => {
    it('shows a reorder before the server has confirmed it, in that area only', () => {
      const plan = planFixture();
      const order = ['1.3', '1.1', '1.2', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'];

      const shown = withPendingOrder(plan, { areaCode: '1', actionCodes: order })!;

      expect(shown.areas[0].actions.map((action) => action.code)).toEqual(order);
      expect(shown.areas[1]).toBe(plan.areas[1]);
      expect(plan.areas[0].actions[0].code).toBe('1.1');
    });

    it('leaves the plan as it is without a pending reorder', () => {
      const plan = planFixture();

      expect(withPendingOrder(plan, null)).toBe(plan);
      expect(withPendingOrder(null, { areaCode: '1', actionCodes: [] })).toBeNull();
    });
  });

  describe('moveCode', () => {
    const codes = ['1.1', '1.2', '1.3', '1.4'];

    it('moves a code down and up', () => {
      expect(moveCode(codes, 0, 1)).toEqual(['1.2', '1.1', '1.3', '1.4']);
      expect(moveCode(codes, 3, 1)).toEqual(['1.1', '1.4', '1.2', '1.3']);
    });

    it('keeps the target inside the list and leaves the input alone', () => {
      expect(moveCode(codes, 1, 10)).toEqual(['1.1', '1.3', '1.4', '1.2']);
      expect(moveCode(codes, 7, 0)).toEqual(codes);
      expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4']);
    });
  });
});
