/**
 * The README's `qbank.config.json` example is a config qbank accepts, and shows every key the
 * config file may hold, so that none is left undocumented.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QbankConfig } from '../../src/config/config.js';
import { repoRoot } from '../helpers/read-note.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n### `qbank.config.json`\n'), readme.indexOf('\n## What qbank understands\n'));
const example: unknown = JSON.parse(/^```json\n([\s\S]*?)^```$/m.exec(section)![1]!);

/** Every key path the schema accepts (`pdf.fileName`), objects within objects followed. */
function schemaKeys(schema: z.ZodType, prefix = ''): string[] {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape).flatMap(([key, value]) => schemaKeys(value as z.ZodType, prefix ? `${prefix}.${key}` : key));
}

/** Every key path of a JSON value's objects, arrays taken as values. */
function valueKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => valueKeys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the README's config example", () => {
  it('is a valid config', () => {
    expect(QbankConfig.safeParse(example).success).toBe(true);
  });

  it('holds every key a config may have', () => {
    expect(valueKeys(example).sort()).toEqual(schemaKeys(QbankConfig).sort());
  });

  it('says, by name, what each PDF key and includeUnanswered key does', () => {
    for (const key of schemaKeys(QbankConfig).filter((key) => key.startsWith('pdf.') || key.endsWith('.includeUnanswered'))) {
      expect(section.replace(/\s+/g, ' ')).toContain(`\`${key}\``);
    }
  });
});
