import { describe, expect, it } from 'vitest';
import { describeStep } from '../../src/guides/index.js';
import { thrown } from '../helpers/thrown.js';

const SECRET = 'Jordan Rivera 1988-04-12';

describe('describeStep: a source that throws when read', () => {
  it.each([
    [
      'a proxy whose every read throws',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error(SECRET);
          },
        },
      ),
    ],
    [
      'an actor whose getSnapshot throws',
      {
        getSnapshot: () => {
          throw new Error(SECRET);
        },
      },
    ],
    [
      'a getter that throws',
      Object.defineProperty({}, 'machine', {
        get: () => {
          throw new Error(SECRET);
        },
      }),
    ],
  ])('%s is refused as invalid-input naming the snapshot, never its message', (_, source) => {
    const error = thrown(() => describeStep(source as never));
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['snapshot'] }] });
    expect(error.message).not.toContain(SECRET);
  });
});
