import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['renderer/src', 'electron', 'shared'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve(/\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))));
  return nested.flat();
}

describe('the audit log is append-only', () => {
  it('has no code path that changes or removes an audit entry', async () => {
    const files = (await Promise.all(ROOTS.map(sourceFiles))).flat();
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      // db.audit.put / update / delete / clear / bulk*, or a query on it that modifies or deletes
      const pattern = /\.audit\s*\.\s*(put|update|delete|clear|bulkPut|bulkUpdate|bulkDelete|modify)\b|\.audit\s*\.\s*(where|filter|orderBy|toCollection)\([^;]*\.(modify|delete)\(/g;
      if (pattern.test(text)) offenders.push(file);
    }
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
