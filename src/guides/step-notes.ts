import type { GuideNoteKey } from '../workflows/shared/guide-keys.js';

/** The kind of a note, read from its key's prefix. */
export function noteKind(key: GuideNoteKey): 'patient' | 'staff' | 'warning' {
  if (key.startsWith('staff.')) return 'staff';
  if (key.startsWith('warning.')) return 'warning';
  return 'patient';
}
