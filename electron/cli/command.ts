import { parseArgs } from 'node:util';
import { ArranjoError } from '../../shared/errors';
import type { Cell, OutputFormat } from './output';

/** What a command returns: rows (rendered per --format) or a JSON value with its readable text. */
export type CommandResult =
  | { rows: { header: string[]; rows: Cell[][] } }
  | { json: unknown; text: string };

const OPTIONS = {
  format: { type: 'string' },
  year: { type: 'string' },
  classification: { type: 'string' },
  measure: { type: 'string' },
  demo: { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed command line, with typed accessors that refuse bad values with a clear message. */
export class ParsedCommand {
  private constructor(
    readonly name: string,
    private readonly args: string[],
    private readonly values: Record<string, string | boolean | undefined>,
  ) {}

  static parse(argv: string[]): ParsedCommand {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new ArranjoError('INVALID_INPUT', (error as Error).message);
    }
    const [name = 'help', ...rest] = parsed.positionals;
    return new ParsedCommand(name, rest, parsed.values);
  }

  positional(index: number, what: string): string {
    const value = this.args[index];
    if (!value) throw new ArranjoError('INVALID_INPUT', `arranjo ${this.name}: missing ${what}.`);
    return value;
  }

  flag(name: 'demo' | 'force' | 'help'): boolean {
    return this.values[name] === true;
  }

  integer(name: 'year'): number {
    const raw = this.values[name];
    if (typeof raw !== 'string') throw new ArranjoError('INVALID_INPUT', `arranjo ${this.name}: --${name} is required.`);
    if (!/^\d{4}$/.test(raw)) throw new ArranjoError('INVALID_INPUT', `--${name} must be a year like 2020, not "${raw}".`);
    return Number(raw);
  }

  choice<T extends string>(name: 'classification' | 'measure' | 'format', allowed: readonly T[], fallback: T): T {
    const raw = this.values[name];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
      throw new ArranjoError('INVALID_INPUT', `--${name} must be one of ${allowed.join(', ')}, not "${String(raw)}".`);
    }
    return raw as T;
  }

  format(): OutputFormat {
    return this.choice<OutputFormat>('format', ['table', 'csv', 'json'], 'table');
  }
}
