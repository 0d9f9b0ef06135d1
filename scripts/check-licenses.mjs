#!/usr/bin/env node
// Checks that every runtime dependency, direct or transitive, is under a licence a proprietary
// host can ship: MIT, ISC, a BSD licence or Apache-2.0. Reads package-lock.json for the set of
// packages (the ones not marked dev) and each installed package.json for its licence, so a lock
// file out of step with node_modules is caught too. Prints them all; exits 1 on any other licence.
// (ua-parser-js 2.x is AGPL-3.0-or-later: see docs/decisions.md, "Dependencies".)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True for the SPDX identifiers a host may ship: MIT, ISC, BSD-*, Apache-2.0. */
export function isAllowedLicenseId(id) {
  return id === 'MIT' || id === 'ISC' || id === 'Apache-2.0' || /^BSD-[A-Za-z0-9.-]+$/.test(id);
}

/**
 * True when an SPDX expression allows use under an allowed licence: one side of an `OR` is
 * enough, both sides of an `AND` are needed. Parentheses group; `WITH` exceptions are refused.
 */
export function isAllowedLicense(expression) {
  if (typeof expression !== 'string' || expression.trim() === '') return false;
  const tokens = expression
    .replace(/[()]/g, (bracket) => ` ${bracket} `)
    .trim()
    .split(/\s+/);
  let position = 0;
  const parseOr = () => {
    let allowed = parseAnd();
    while (tokens[position] === 'OR') {
      position++;
      allowed = parseAnd() || allowed;
    }
    return allowed;
  };
  const parseAnd = () => {
    let allowed = parseAtom();
    while (tokens[position] === 'AND') {
      position++;
      allowed = parseAtom() && allowed;
    }
    return allowed;
  };
  const parseAtom = () => {
    const token = tokens[position++];
    if (token === '(') {
      const allowed = parseOr();
      if (tokens[position++] !== ')') return false;
      return allowed;
    }
    if (tokens[position] === 'WITH') {
      position += 2;
      return false;
    }
    return typeof token === 'string' && isAllowedLicenseId(token.replace(/\+$/, ''));
  };
  const allowed = parseOr();
  return allowed && position === tokens.length;
}

/** The licence a package.json declares, as an SPDX expression (old `licenses` arrays joined by OR). */
export function declaredLicense(manifest) {
  const { license, licenses } = manifest ?? {};
  if (typeof license === 'string') return license;
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(licenses) && licenses.length > 0) {
    return `(${licenses.map((entry) => (typeof entry === 'string' ? entry : entry?.type)).join(' OR ')})`;
  }
  return undefined;
}

/** The installed paths (`node_modules/...`) of the packages a lock file (v2 or v3) marks as runtime. */
export function runtimePackagePaths(lock) {
  const packages = lock?.packages;
  if (!packages || typeof packages !== 'object')
    throw new Error('Expected a package-lock.json of version 2 or 3');
  return Object.entries(packages)
    .filter(
      ([path, entry]) => path !== '' && path.includes('node_modules/') && !entry.dev && !entry.devOptional,
    )
    .map(([path]) => path)
    .sort();
}

/**
 * The runtime packages whose licence is not allowed. `packages` are `{ name, version, license }`,
 * with `license` as package.json declares it.
 */
export function findLicenseProblems(packages) {
  return packages
    .filter((pkg) => !isAllowedLicense(pkg.license))
    .map((pkg) => `${pkg.name}@${pkg.version}: ${pkg.license ?? 'no licence declared'}`);
}

/** Reads the lock file and the installed manifests of `root`: every runtime package and its licence. */
export function readRuntimePackages(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return runtimePackagePaths(lock).map((path) => {
    const manifest = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'));
    return { name: manifest.name, version: manifest.version, license: declaredLicense(manifest) };
  });
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const packages = readRuntimePackages(root);
  for (const pkg of packages) console.log(`${pkg.name}@${pkg.version}  ${pkg.license ?? '(none)'}`);
  const problems = findLicenseProblems(packages);
  if (problems.length > 0) {
    console.error(
      `\nRuntime dependencies under a licence other than MIT, ISC, BSD-* or Apache-2.0:\n- ${problems.join('\n- ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`\n${packages.length} runtime packages, all MIT, ISC, BSD-* or Apache-2.0.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
