/**
 * The events stage's public API: sentence splitting, event finding, the stage, and merging.
 */
export { splitSentences, type Sentence } from './sentences.js';
export { findEvents, eventsStage } from './find.js';
export { mergeEvents, MIN_SHARED_ACTORS, UNDATED_WINDOW_DAYS, type EventGroup, type EventInput } from './merge.js';
export { EVENT_TYPES, eventTypeInfo, type EventType, type EventTypeInfo } from './cameo.js';
export { EVENT_LOCALES, localeFor } from './locales/index.js';
export type { EventLocale, TriggerSpec } from './locale.js';
export { findCommitments, type Commitment } from './commitments.js';
export { trackCommitments, MIN_TOPIC_OVERLAP, STEM_LENGTH, type ProgressReport, type ProgressStatus, type TrackedCommitment, type TrackedItem, type TrackedStatus } from './progress.js';
