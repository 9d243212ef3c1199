import mongoose, { type Connection } from 'mongoose';

/**
 * Settings shared by the server and the tests, chosen so that a request answers within a few
 * seconds whatever the database does (ADR 18): a database that stops answering is noticed by the
 * heartbeat within ~3 s, which interrupts the operations waiting on it; new operations wait at
 * most 3 s for a server; a socket silent for 30 s is given up.
 */
export const CONNECTION_OPTIONS = {
  serverSelectionTimeoutMS: 3000,
  heartbeatFrequencyMS: 1000,
  connectTimeoutMS: 2000,
  socketTimeoutMS: 30_000,
} as const;

/** No query or aggregation may run longer than this on the server. */
export const QUERY_MAX_TIME_MS = 20_000;

/** Mongoose settings for every connection: strict filters, and no waiting in Mongoose's own buffer. */
export function configureMongoose(): void {
  mongoose.set('strictQuery', true);
  mongoose.set('maxTimeMS', QUERY_MAX_TIME_MS);
  // While the driver reconnects, Mongoose would hold operations for 10 s: fail as fast as the driver.
  mongoose.set('bufferTimeoutMS', CONNECTION_OPTIONS.serverSelectionTimeoutMS);
}

/** Connects the default Mongoose connection, which the models are registered on. */
export async function connectDatabase(uri: string): Promise<Connection> {
  configureMongoose();
  await mongoose.connect(uri, CONNECTION_OPTIONS);
  return mongoose.connection;
}
