import { IMPLEMENTATION_STATUSES, LOCALES, PARTICIPATION_VALUES, SUPPORT_CATEGORIES } from '@ppm/shared';
import mongoose from 'mongoose';

const languageText = () =>
  new mongoose.Schema(
    { text: { type: String, default: '' }, lang: { type: String, required: true, enum: LOCALES, default: 'en' } },
    { _id: false },
  );

const evidenceFileSchema = new mongoose.Schema(
  {
    /** The GridFS file id (hex); carried-over entries share the file with the earlier report. */
    id: { type: String, required: true },
    fileName: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    /** ISO timestamp, kept as text so that a stored entry is exactly the API's entry. */
    uploadedAt: { type: String, required: true },
  },
  { _id: false },
);

/** One entry of a report: the answers about one action. Stored exactly in the API's shape. */
export const entrySchema = new mongoose.Schema(
  {
    actionCode: { type: String, required: true },
    participation: { type: String, enum: [...PARTICIPATION_VALUES, null], default: null },
    status: { type: String, enum: [...IMPLEMENTATION_STATUSES, null], default: null },
    narrative: { type: languageText(), required: true },
    obstacles: { type: languageText(), required: true },
    supportNeeded: {
      categories: { type: [{ type: String, enum: SUPPORT_CATEGORIES }], default: [] },
      text: { type: languageText(), required: true },
    },
    evidence: {
      links: {
        type: [
          new mongoose.Schema(
            { title: { type: String, required: true }, url: { type: String, required: true } },
            { _id: false },
          ),
        ],
        default: [],
      },
      files: { type: [evidenceFileSchema], default: [] },
    },
    indicators: {
      type: [
        new mongoose.Schema(
          {
            name: { type: String, required: true },
            value: { type: Number, required: true },
            unit: { type: String, default: '' },
            note: { type: String, default: '' },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    carriedOver: { type: Boolean, required: true, default: false },
    reviewComment: { type: String, default: null },
  },
  { _id: false },
);
