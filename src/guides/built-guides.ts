import type { Guide } from './guide.js';

// Guides `buildGuide` made and deep-froze: valid by construction and unchangeable, so the renderers
// need not check them again (checking was a fifth of the cost of a rendered guide). Weak: a guide
// is forgotten with its last reference.
const built = new WeakSet<object>();

/** Records a frozen guide made by `buildGuide`. */
export function markBuilt(guide: Guide): Guide {
  built.add(guide);
  return guide;
}

/** Whether `value` is a guide `buildGuide` made (and therefore needs no validation). */
export function isBuiltGuide(value: unknown): boolean {
  return typeof value === 'object' && value !== null && built.has(value);
}
