/**
 * English cues of progress on a commitment, written for Dossier from general English usage (no source
 * text copied). Lower case; a space joins the words of a phrase.
 */
import type { ProgressCues } from '../../locale.js';

/** English progress cues. */
export const progress: ProgressCues = {
  underWay: ['began', 'begun', 'started', 'under way', 'underway', 'in progress', 'on track', 'progressing', 'making progress', 'advanced', 'launched work'],
  done: ['completed', 'finished', 'achieved', 'fulfilled', 'met its target', 'met the target', 'was set up', 'has been set up', 'was established', 'has been established', 'now operational', 'opened', 'delivered'],
  missed: ['missed', 'postponed', 'delayed', 'behind schedule', 'fell short', 'falls short', 'abandoned', 'failed to meet', 'not met', 'pushed back'],
};
