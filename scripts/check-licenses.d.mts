// Types of scripts/check-licenses.mjs, for the tests that import it.

/** A package and the licence its package.json declares. */
export interface PackageLicense {
  readonly name: string;
  readonly version: string;
  readonly license: string | undefined;
}

export function isAllowedLicenseId(id: string): boolean;
export function isAllowedLicense(expression: unknown): boolean;
export function declaredLicense(manifest: unknown): string | undefined;
export function runtimePackagePaths(lock: unknown): string[];
export function findLicenseProblems(packages: readonly PackageLicense[]): string[];
export function readRuntimePackages(root: string): PackageLicense[];
