import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isoDaySchema } from '../../shared/domain/schemas';
import { ArranjoError } from '../../shared/errors';
import type { OutputFormat, RowList } from './output';

/** What a command returns: rows (rendered per --format) or a JSON value with its readable text. */
export type CommandResult = ({ rows: { header: string[]; rows: RowList } } | { json: unknown; text: string }) & {
  /** Printed on stderr: what the user should know although the command succeeded (imputed values, dropped rows…). */
  warnings?: string[];
  /** Set when the input was refused but the output still says why (an import's errors in its JSON): exit 2, this on stderr. */
  refused?: string;
};

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * What was wrong with the command line, from node:util's error code and the option it names: its
 * wording ("To specify a positional argument starting with a '-', place it at the end of the
 * command after '--'…") explains the parser, not the command.
 */
function argumentProblem(error: unknown, argv: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message) ? `${option} takes no value.` : missingValue(option, argv);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'too many arguments.';
    default:
      return 'the command line cannot be read.';
  }
}

/**
 * An option given without its value: last on the line, or followed by a word starting with "-",
 * which the parser never takes as a value (`--site --format csv`, `--p -1`; it calls that
 * "ambiguous"). A negative number is meant as the value: the way to give it is `--p=-1`.
 */
function missingValue(option: string, argv: readonly string[]): string {
  const next = argv[argv.indexOf(option) + 1];
  if (next !== undefined && /^-\.?\d/.test(next)) return `${option} needs a value; to give it ${next}, write ${option}=${next}.`;
  return `${option} needs a value.`;
}

/** The formats of a command whose result is rows: the readable table, CSV and JSON. */
export const ROW_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];
/** The formats of a command whose result is one JSON value with its readable text: it has no CSV. */
export const VALUE_FORMATS: readonly OutputFormat[] = ['table', 'json'];

/** One CLI command: its name, usage line(s), its own options, and what it does. */
export interface CliCommand {
  name: string;
  /**
   * How many words, besides options, it takes at most (`import <ws> <file>`: 2). One more is
   * refused: `undo-import ws 3 4` undid batch 3 alone, `init a b` created a alone, without a word.
   */
  maxArguments: number;
  usage: string;
  options: OptionSpec;
  /** The --format values it prints (DESIGN.md §10); `run` refuses any other before the command runs. */
  formats: readonly OutputFormat[];
  /**
   * Whether this run keeps SQLite busy long enough for V8's optimizing compiler to pay off (the
   * process entry, electron/cli/cli.ts, says why); without it, SQLite runs on the baseline compiler.
   */
  longSqliteWork?(cmd: ParsedCommand): boolean;
  run(cmd: ParsedCommand): Promise<CommandResult>;
  /**
   * With --format json, what stdout says when the command is refused before it could answer (a
   * missing file, a damaged workspace, a failed save): the contract's shape, never nothing.
   */
  refusalJson?(cmd: ParsedCommand, message: string, error: ArranjoError): unknown;
}

const COMMON: OptionSpec = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The parsed command line, with typed accessors that refuse bad values with a clear message. */
export class ParsedCommand {
  private constructor(
    readonly name: string,
    private readonly args: string[],
    private readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    private readonly formats: readonly OutputFormat[],
  ) {}

  static parse(name: string, argv: string[], options: OptionSpec, formats: readonly OutputFormat[] = ROW_FORMATS): ParsedCommand {
    try {
      const parsed = parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
      return new ParsedCommand(name, parsed.positionals, parsed.values, formats);
    } catch (error) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `arranjo ${name}: ${argumentProblem(error, argv)} "arranjo ${name} --help" lists its options.`,
      );
    }
  }

  positional(index: number, what: string): string {
    const value = this.args[index];
    if (!value) throw new ArranjoError('INVALID_INPUT', `arranjo ${this.name}: missing ${what}.`);
    return value;
  }

  /** Refuses (exit 2, before anything runs) a word more than the command takes. */
  refuseExtraArguments(max: number): void {
    const extra = this.args.slice(max);
    if (extra.length === 0) return;
    const listed = extra.map((a) => `"${a}"`).join(', ');
    throw new ArranjoError(
      'INVALID_INPUT',
      `arranjo ${this.name}: too many arguments (${listed} ${extra.length === 1 ? 'is' : 'are'} not expected; an option's value goes after its name, a name with spaces in quotes). "arranjo ${this.name} --help" lists its arguments.`,
    );
  }

  optionalPositional(index: number): string | undefined {
    return this.args[index];
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /**
   * An option that, when given, names something (a sheet, a template, a file, a state): blank is
   * refused as a missing value ("--sheet ''" came back as the schema's "sheet: is required (column
   * sheet)", "--mapping ''" was taken as no mapping).
   */
  namedString(name: string): string | undefined {
    const value = this.string(name);
    if (value !== undefined && value.trim() === '')
      throw new ArranjoError(
        'INVALID_INPUT',
        `arranjo ${this.name}: --${name} needs a value. "arranjo ${this.name} --help" lists its options.`,
      );
    return value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw new ArranjoError('INVALID_INPUT', `arranjo ${this.name}: --${name} is required.`);
    return value;
  }

  /** A finite number option, or undefined when absent. */
  number(name: string): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new ArranjoError('INVALID_INPUT', `--${name} must be a number, not "${raw}".`);
    return value;
  }

  /**
   * A calendar date option (YYYY-MM-DD), or undefined when absent: 2025-02-30 is refused as the option
   * it is, and so is a day the engine's date schema refuses (0001-01-01 passed here, then came back as
   * "statusDate: not a calendar date (column statusDate)").
   */
  date(name: string): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isoDaySchema.safeParse(raw).success)
      throw new ArranjoError('INVALID_INPUT', `--${name} must be a calendar date as YYYY-MM-DD, not "${raw}".`);
    return raw;
  }

  year(name: string): number {
    const raw = this.requiredString(name);
    if (!/^\d{4}$/.test(raw)) throw new ArranjoError('INVALID_INPUT', `--${name} must be a year like 2020, not "${raw}".`);
    return Number(raw);
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.values[name];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
      throw new ArranjoError('INVALID_INPUT', `--${name} must be one of ${allowed.join(', ')}, not "${String(raw)}".`);
    }
    return raw as T;
  }

  /**
   * --format, one the command prints: `plan --format csv` printed the readable table, as if the
   * script reading it had asked for that.
   */
  format(): OutputFormat {
    const raw = this.values.format;
    if (raw === undefined) return 'table';
    if ((this.formats as readonly unknown[]).includes(raw)) return raw as OutputFormat;
    const named = this.formats.filter((f) => f !== 'table').map((f) => `--format ${f}`);
    throw new ArranjoError(
      'INVALID_INPUT',
      `arranjo ${this.name} has no --format ${String(raw)}: use ${named.join(' or ')}, or leave --format out for a readable table.`,
    );
  }
}
