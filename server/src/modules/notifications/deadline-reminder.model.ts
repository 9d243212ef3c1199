import mongoose from 'mongoose';

/**
 * A reminder already sent: one per (cycle, state, deadline, days before). The unique index is
 * what makes `sendDeadlineReminders` idempotent, even when two server processes run it at once.
 * A new deadline (an extension) gets reminders of its own.
 */
const deadlineReminderSchema = new mongoose.Schema(
  {
    cycleId: { type: mongoose.Schema.Types.ObjectId, required: true },
    stateCode: { type: String, required: true },
    deadline: { type: String, required: true },
    daysBefore: { type: Number, required: true },
    sentAt: { type: Date, required: true },
  },
  { versionKey: false },
);
deadlineReminderSchema.index({ cycleId: 1, stateCode: 1, deadline: 1, daysBefore: 1 }, { unique: true });

export const DeadlineReminderModel = mongoose.model('DeadlineReminder', deadlineReminderSchema, 'deadline_reminders');
