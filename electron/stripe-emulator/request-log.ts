/** What the emulator saw of one API request, for tests and the admin endpoint. */
export interface LoggedRequest {
  requestId: string;
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** null when no answer was sent (a dropped or held connection) */
  status: number | null;
  replayed: boolean;
  fault: string | null;
  /** when it arrived (ms since the epoch, real time): for throughput measurements */
  at: number;
}

/** enough for a benchmark drain of 1,000 sales (about 5 requests each, plus refusals) */
const LIMIT = 20_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): LoggedRequest {
    this.entries.push(entry);
    if (this.entries.length > LIMIT) this.entries.splice(0, this.entries.length - LIMIT);
    return entry;
  }

  all(): LoggedRequest[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  reset(): void {
    this.entries = [];
  }
}
