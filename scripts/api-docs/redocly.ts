/**
 * Runs the Redocly CLI (the devDependency, not a download) with the project's redocly.yaml, no
 * telemetry and no update check: the network is closed, and nothing should try to reach it.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = resolve(ROOT, 'redocly.yaml');
const CLI = fileURLToPath(import.meta.resolve('@redocly/cli/bin/cli.js'));

const QUIET_ENV = {
  // redocly.yaml says `telemetry: off` too; the variable also covers a run without the file.
  REDOCLY_TELEMETRY: 'off',
  // Otherwise an interactive run asks the npm registry for a newer version.
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
};

export interface RedoclyResult {
  /** The exit code: Redocly exits 1 on an error it found, as on a failure. */
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `redocly <command> ...args --config redocly.yaml` and answers whatever its exit code. */
export async function runRedocly(command: string, args: readonly string[]): Promise<RedoclyResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [CLI, command, ...args, '--config', CONFIG],
      { cwd: ROOT, env: { ...process.env, ...QUIET_ENV }, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (!isExitError(error)) throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

function isExitError(error: unknown): error is { code: number; stdout: string; stderr: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'number';
}

export interface LintReport {
  /** `ignored`: problems a .redocly.lint-ignore.yaml lists. */
  totals: { errors: number; warnings: number; ignored: number };
  problems: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string; start?: { line: number; col: number } }[];
  }[];
}

/** `redocly lint` on one document, as JSON. A mistake in redocly.yaml fails it too. */
export async function lintDocument(path: string): Promise<LintReport> {
  const { code, stdout, stderr } = await runRedocly('lint', [
    path,
    '--format',
    'json',
    '--lint-config',
    'error',
  ]);
  if (!stdout.trim()) throw new Error(`redocly lint exited with ${code} and no report:\n${stderr}`);
  return JSON.parse(stdout) as LintReport;
}
