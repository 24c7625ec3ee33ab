/**
 * A progress line on stderr during long ingests, drawn only when stderr is a terminal.
 */
import type { IngestSummary } from '../pipeline/process.js';
import type { CliIO } from './io.js';

/** Minimum time between redraws, so drawing never slows the ingest. */
const REDRAW_INTERVAL_MS = 100;

/** A progress reporter; `update` is called per document, `done` once at the end. */
export interface Progress {
  update(summary: IngestSummary, source: string): void;
  done(): void;
}

/** A progress line when stderr is a terminal; otherwise a reporter that draws nothing. */
export function progressFor(io: CliIO): Progress {
  if (!io.stderrIsTTY) return { update() {}, done() {} };
  let last = 0;
  const started = Date.now();
  let drawn = false;
  return {
    update(summary, source) {
      const now = Date.now();
      if (now - last < REDRAW_INTERVAL_MS) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = (summary.read / seconds).toFixed(1);
      const line = `ingest: ${summary.read} read, ${summary.added} new, ${summary.failures.length} failed, ${rate} docs/s  ${source}`;
      io.stderr.write(`\r\x1b[K${line.slice(0, 120)}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr.write('\r\x1b[K');
    },
  };
}
