import mongoose, { type Connection } from 'mongoose';

/** Settings shared by the server and the tests: fail fast when the database is unreachable. */
export const CONNECTION_OPTIONS = {
  serverSelectionTimeoutMS: 5000,
  heartbeatFrequencyMS: 2000,
} as const;

/** Connects the default Mongoose connection, which the models are registered on. */
export async function connectDatabase(uri: string): Promise<Connection> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, CONNECTION_OPTIONS);
  return mongoose.connection;
}
