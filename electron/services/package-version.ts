import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The app's version, read from package.json at the project (or packaged app) root. */
export function readPackageVersion(packageJsonPath: string): string {
  const parsed = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(packageJsonPath, 'utf8')));
  return parsed.version;
}
