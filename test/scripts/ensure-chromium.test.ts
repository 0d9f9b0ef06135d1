import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the script with fake `id`, `sudo` and `apt-get` first on PATH; each fake logs its call. */
function runAs(uid: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
  dirs.push(dir);
  const log = join(dir, 'calls.log');
  const fake = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\necho "${name} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  fake('id', `echo ${uid}`);
  fake('sudo', 'exit 0');
  fake('apt-get', 'exit 0');
  const result = spawnSync('bash', [script], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      ENSURE_CHROMIUM_PATH: join(dir, 'no-chromium-here'),
    },
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8') : '';
  return { code: result.status, stderr: result.stderr, calls };
}

describe('scripts/ensure-chromium.sh without Chromium', () => {
  it('does nothing when Chromium is there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
    dirs.push(dir);
    const chromium = join(dir, 'chromium');
    writeFileSync(chromium, '#!/bin/sh\n');
    chmodSync(chromium, 0o755);
    const result = spawnSync('bash', [script], { env: { ...process.env, ENSURE_CHROMIUM_PATH: chromium } });
    expect(result.status).toBe(0);
    expect(String(result.stdout)).toBe('');
  });

  it('as root, installs with apt-get directly, never sudo', () => {
    const { code, calls } = runAs(0);
    expect(code).toBe(0);
    expect(calls).toContain('apt-get install -y -qq chromium');
    expect(calls).not.toContain('sudo');
  });

  it('as another user, says what to run and stops, never sudo', () => {
    const { code, stderr, calls } = runAs(1000);
    expect(code).toBe(1);
    expect(stderr).toContain('apt-get install -y chromium');
    expect(calls).not.toContain('sudo');
    expect(calls).not.toContain('apt-get');
  });
});
