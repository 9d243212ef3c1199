import mongoose from 'mongoose';

/**
 * One document, `_id: "reference"`, whose `token` changes whenever the action plan, a state or a
 * region changes. Server processes keep reference data in memory and read this document (by
 * `_id`: indexed on FerretDB too) to know whether their copy is still current (ADR 13).
 */
const referenceStampSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    token: { type: String, required: true },
    changedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ReferenceStampModel = mongoose.model('ReferenceStamp', referenceStampSchema, 'reference_stamps');

export const REFERENCE_STAMP_ID = 'reference';
