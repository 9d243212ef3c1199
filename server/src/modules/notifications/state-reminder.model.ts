import mongoose from 'mongoose';

/**
 * A reminder the Secretariat sent by hand to one state for one cycle. The `_id` is
 * "cycleId:stateCode:hour", so two clicks (or two officers) within the same hour send one
 * reminder: the second insert is refused by the `_id` index (ADR 12).
 */
const stateReminderSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: mongoose.Schema.Types.ObjectId, required: true },
    stateCode: { type: String, required: true },
    sentAt: { type: Date, required: true },
    sentBy: { type: String, required: true },
  },
  { versionKey: false },
);

export const StateReminderModel = mongoose.model('StateReminder', stateReminderSchema, 'state_reminders');
