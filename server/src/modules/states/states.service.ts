import type { CreateRegionInput, Region, State, UpdateRegionInput, UpdateStateInput, User } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { type CachedReference, referenceCache } from '../reference/reference-cache.js';
import { markReferenceChanged } from '../reference/reference-stamp.js';
import { RegionModel, StateModel } from './state.model.js';

interface StoredState {
  code: string;
  name: { en: string; ru: string };
  region: string;
  active: boolean;
  note?: string | null;
}
interface StoredRegion {
  code: string;
  name: { en: string; ru: string };
}

const byEnglishName = new Intl.Collator('en', { sensitivity: 'base' });

export function toStateView(state: StoredState): State {
  return {
    code: state.code,
    name: { en: state.name.en, ru: state.name.ru },
    region: state.region,
    active: state.active,
    ...(state.note ? { note: state.note } : {}),
  };
}

export function toRegionView(region: StoredRegion): Region {
  return { code: region.code, name: { en: region.name.en, ru: region.name.ru } };
}

async function readStates(): Promise<State[]> {
  const states = await StateModel.find().lean<StoredState[]>();
  return states.map(toStateView).sort((a, b) => byEnglishName.compare(a.name.en, b.name.en));
}

async function readRegions(): Promise<Region[]> {
  const regions = await RegionModel.find().sort({ _id: 1 }).lean<StoredRegion[]>();
  return regions.map(toRegionView);
}

/** States (active or not, in a region) and regions; edited by the Secretariat, every change audited. */
export const statesService = {
  /** Sorted by English name; from this process's reference cache (ADR 13). Frozen: shared. */
  states(): Promise<CachedReference<State[]>> {
    return referenceCache.get('states', readStates, (states) => states);
  },

  /** In the order they were added: the reference order first (EU, Schengen, Eastern Partnership, ...). */
  regions(): Promise<CachedReference<Region[]>> {
    return referenceCache.get('regions', readRegions, (regions) => regions);
  },

  async updateState(actor: User, code: string, input: UpdateStateInput): Promise<State> {
    if (input.region !== undefined && !(await RegionModel.exists({ code: input.region }))) {
      throw AppError.badRequest('The request is not valid.', [
        { path: 'region', message: `${input.region} is not a known region` },
      ]);
    }
    const changes = {
      ...(input.active === undefined ? {} : { active: input.active }),
      ...(input.region === undefined ? {} : { region: input.region }),
      ...(input.name === undefined ? {} : { name: input.name }),
    };
    // The document as it was just before this atomic update: the audit's "before".
    const previous = await StateModel.findOneAndUpdate(
      { code },
      { $set: changes },
      { returnDocument: 'before' },
    ).lean<StoredState>();
    if (!previous) throw AppError.notFound(`There is no state ${code}.`);
    const before = toStateView(previous);
    const after = toStateView({ ...previous, ...changes });
    if (JSON.stringify(before) === JSON.stringify(after)) return after;
    await markReferenceChanged();
    await recordAudit({ actor, action: 'state.updated', entity: 'state', entityId: code, before, after });
    return after;
  },

  async createRegion(actor: User, input: CreateRegionInput): Promise<Region> {
    if (await RegionModel.exists({ code: input.code })) {
      throw AppError.conflict('duplicate', `There is already a region ${input.code}.`, { fields: ['code'] });
    }
    await RegionModel.create({ code: input.code, name: input.name });
    await markReferenceChanged();
    const region = toRegionView(input);
    await recordAudit({ actor, action: 'region.created', entity: 'region', entityId: region.code, after: region });
    return region;
  },

  async updateRegion(actor: User, code: string, input: UpdateRegionInput): Promise<Region> {
    const previous = await RegionModel.findOneAndUpdate(
      { code },
      { $set: { name: input.name } },
      { returnDocument: 'before' },
    ).lean<StoredRegion>();
    if (!previous) throw AppError.notFound(`There is no region ${code}.`);
    await markReferenceChanged();
    const before = toRegionView(previous);
    const after = { ...before, name: input.name };
    await recordAudit({ actor, action: 'region.updated', entity: 'region', entityId: code, before, after });
    return after;
  },
};
