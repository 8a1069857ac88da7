/**
 * Every messages block (English, inline next to its component) has its Spanish twin in es.json:
 * the same keys, the same plural forms, the same placeholders, and nothing extra.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentsJSON } from '@nanostores/i18n';
import { i18n } from '.';
import spanish from './translations/es.json';

const SRC = join(import.meta.dirname, '..');
const BLOCK = /\bi18n\(\s*'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The files that define messages blocks, and the block names written in them. */
function blockSources(): { files: string[]; names: string[] } {
  const files: string[] = [];
  const names: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const found = [...readFileSync(file, 'utf8').matchAll(BLOCK)].flatMap(([, name]) =>
      name ? [name] : [],
    );
    if (found.length === 0) continue;
    files.push(file);
    names.push(...found);
  }
  return { files, names };
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map(([name]) => name).sort();

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Every way `translated` differs in shape from `base`, as readable paths. */
function differences(base: object, translated: object): string[] {
  const problems: string[] = [];
  const compare = (path: string, from: unknown, to: unknown) => {
    if (from === undefined) {
      problems.push(`${path}: not in English`);
    } else if (typeof from === 'string') {
      if (typeof to !== 'string' || to.trim() === '') {
        problems.push(`${path}: missing`);
      } else if (placeholders(from).join() !== placeholders(to).join()) {
        problems.push(`${path}: placeholders ${placeholders(to).join() || 'none'}`);
      }
    } else if (!isRecord(to) || !isRecord(from)) {
      problems.push(`${path}: missing`);
    } else {
      for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
        compare(`${path}.${key}`, from[key], to[key]);
      }
    }
  };
  compare('', base, translated);
  return problems.map((problem) => problem.slice(1));
}

describe('translations', () => {
  it('Spanish has every key, plural form and placeholder of every messages block, and no more', async () => {
    const { files, names } = blockSources();
    // Importing a module defines its blocks in the base cache.
    await Promise.all(files.map((file) => import(/* @vite-ignore */ file)));
    const english = i18n.cache.en;
    expect(Object.keys(english).sort(), 'blocks found in the source').toEqual(
      [...new Set(names)].sort(),
    );
    expect(names.length, 'each block name is used once').toBe(new Set(names).size);
    expect(differences(english, spanish)).toEqual([]);
  });

  it('reports what is missing, extra, or has other placeholders or plural forms', () => {
    const base: ComponentsJSON = {
      block: { hello: 'Hello {name}', lines: { one: '{count} line', other: '{count} lines' } },
    };
    const translated: ComponentsJSON = {
      block: { hello: 'Hola {nombre}', lines: { other: '{count} líneas' }, extra: 'Más' },
      other: { title: 'Título' },
    };
    expect(differences(base, translated)).toEqual([
      'block.hello: placeholders {nombre}',
      'block.lines.one: missing',
      'block.extra: not in English',
      'other: not in English',
    ]);
  });
});
