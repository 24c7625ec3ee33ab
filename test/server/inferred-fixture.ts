/**
 * Captures written for these tests (invented people and events) whose event dates are inferred
 * across documents or left open, for the API schema test and the end-to-end timeline test:
 * - `pact.txt` (undated) dates a signing and a meeting "on 10 April" without a year;
 * - `visit.txt` (undated) reports the same meeting without a date and states "on 16 April 2024",
 *   so the story dates the meeting 2024-04-10, inferred (rule `dates/across/coreferent-report`);
 * - `ferry.txt` (undated, unrelated) dates a meeting "on 3 March": no other report fixes the year,
 *   so that date stays open (`--03-03`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInputs } from '../../src/pipeline/process.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/cli.js';

/** The captures by file name. */
export const INFERRED_CAPTURES: Record<string, string> = {
  'pact.txt': `Ravel and Okafor sign harbour pact in Bergen
BERGEN - Foreign minister Ines Ravel of Norway and trade minister Daniel Okafor of Nigeria signed a new harbour pact on 10 April in Bergen, a Norwegian paper said. Ravel met Okafor that day for a working dinner at the town hall.
The pact is meant to improve shipping between Norway and Nigeria. Norway wants to modernise the port of Lagos.
`,
  'visit.txt': `Norwegian minister tours shipyard in Lagos
Norway's foreign minister Ines Ravel toured a shipyard in Lagos and praised the cooperation between Norway and Nigeria on the port upgrade.
The visit followed a meeting of Ines Ravel with trade minister Daniel Okafor in Bergen, where both spoke about shipping and the port of Lagos.
Ines Ravel speaks during her visit to the shipyard in Lagos, Nigeria, on 16 April 2024.
`,
  'ferry.txt': `Reykjavik plans new ferry terminal
Mayor Lotte Brandt of Reykjavik met transport minister Erik Sand on 3 March to discuss a new ferry terminal, the city council said. The terminal would serve the routes to the Westman Islands.
`,
};

/** Capture time of the fixture: long after the inferred dates, so no date may come from it. */
export const INFERRED_CAPTURED_AT = '2026-11-20T10:00:00Z';

/** The entity ids of the meeting whose date is inferred. */
export const INFERRED_MEETING_ACTORS = ['per:ines-ravel', 'per:daniel-okafor'];

/** Ingests the captures into `store` (stories are recomputed). */
export async function ingestInferred(store: Store): Promise<void> {
  const { dir, cleanup } = tempDir('dossier-inferred-');
  try {
    const paths = Object.entries(INFERRED_CAPTURES).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    await ingestInputs(store, paths, { capturedAt: INFERRED_CAPTURED_AT });
  } finally {
    cleanup();
  }
}
