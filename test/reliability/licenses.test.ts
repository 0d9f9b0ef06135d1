import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  declaredLicense,
  findLicenseProblems,
  isAllowedLicense,
  readRuntimePackages,
  runtimePackagePaths,
} from '../../scripts/check-licenses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('runtime dependency licences', () => {
  it('every runtime dependency, direct or transitive, is MIT, ISC, BSD-* or Apache-2.0', () => {
    const packages = readRuntimePackages(root);
    expect(packages.map((pkg) => pkg.name)).toEqual(
      expect.arrayContaining(['@date-fns/tz', 'libphonenumber-js', 'xstate', 'zod']),
    );
    expect(findLicenseProblems(packages)).toEqual([]);
  });

  it('refuses ua-parser-js 2.x, which is AGPL', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'portal-helpdesk' },
        'node_modules/ua-parser-js': { version: '2.0.6', license: 'AGPL-3.0-or-later' },
        'node_modules/detect-europe-js': { version: '0.1.2', license: 'MIT' },
        'node_modules/vitest': { version: '4.1.12', license: 'MIT', dev: true },
      },
    };
    expect(runtimePackagePaths(lock)).toEqual(['node_modules/detect-europe-js', 'node_modules/ua-parser-js']);
    const uaParser2 = {
      name: 'ua-parser-js',
      version: '2.0.6',
      license: declaredLicense({ license: 'AGPL-3.0-or-later' }),
    };
    expect(findLicenseProblems([uaParser2])).toEqual(['ua-parser-js@2.0.6: AGPL-3.0-or-later']);
    expect(findLicenseProblems([{ name: 'x', version: '1.0.0', license: undefined }])).toEqual([
      'x@1.0.0: no licence declared',
    ]);
  });

  it('reads SPDX expressions', () => {
    for (const allowed of [
      'MIT',
      'ISC',
      'Apache-2.0',
      'BSD-3-Clause',
      '(MIT OR GPL-3.0)',
      'MIT AND ISC',
      '(BSD-2-Clause OR MIT) AND Apache-2.0',
    ]) {
      expect(isAllowedLicense(allowed), allowed).toBe(true);
    }
    for (const refused of [
      'AGPL-3.0-or-later',
      'GPL-2.0',
      'MIT AND GPL-3.0',
      'UNLICENSED',
      'SEE LICENSE IN LICENSE',
      '',
      '0BSD',
      'Apache-2.0 WITH LLVM-exception',
      'MIT OR',
      undefined,
    ]) {
      expect(isAllowedLicense(refused), String(refused)).toBe(false);
    }
    expect(declaredLicense({ licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] })).toBe('(MIT OR GPL-2.0)');
    expect(declaredLicense({ license: { type: 'ISC' } })).toBe('ISC');
  });
});
