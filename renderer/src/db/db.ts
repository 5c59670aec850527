import { PosDb } from './pos-db';

/** The renderer's database; tests and benchmarks make their own PosDb. */
export const db = new PosDb();
