import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DataSource, EntityManager } from 'typeorm';
import { parse } from 'yaml';
import { districtDate, isIsoDate } from '@chainboard/domain';
import { SeedApplied } from './seed-applied.entity';

/** The password of every demo account the seed creates, unless SEED_PASSWORD says otherwise. */
export const DEMO_PASSWORD = 'Chainboard@2025';

/** One seed file, read as YAML. */
export function readSeedFile<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

/** The YAML files of a seed folder, in name order; none when the folder is missing. */
export function seedFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** How the seed loads: the accounts' password, whether the living demo comes too, and the day it loads on. */
export interface SeedOptions {
  /** The password of the accounts the seed creates (SEED_PASSWORD, else DEMO_PASSWORD). */
  password?: string;
  /** Load the demo data (演示数据) beside the plan's facts (SEED_DEMO, default true; "false" loads the plan's facts alone). */
  demo?: boolean;
  /** The district date the seed loads on (today by default): demo dates written relative to it resolve against it. */
  today?: string;
}

/** Whether SEED_DEMO asks for the demo data: anything but "false" (or "0") does. */
export function seedDemoFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['SEED_DEMO']?.trim().toLowerCase();
  return value !== 'false' && value !== '0';
}

const RELATIVE_DATE = /^today(?:\s*([+-])\s*(\d{1,4}))?$/;

/**
 * Whether a value of a seed file is a date: YYYY-MM-DD (YAML may have read it as a Date), or a day relative to the day
 * the seed loads, written "today", "today-12" or "today+30" (days). Relative days let the demo look alive on the day
 * it is first loaded (leads due, projects quiet for a while); each seed unit loads once, so a later load changes nothing.
 */
export function isSeedDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && (isIsoDate(value.trim()) || RELATIVE_DATE.test(value.trim()));
}

/** A date of a seed file as a district date (YYYY-MM-DD), relative days counted from `today`. */
export function seedDate(value: unknown, today: string): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value.trim() : '';
  if (isIsoDate(text)) return text;
  const relative = RELATIVE_DATE.exec(text);
  if (!relative) throw new Error(`seed: "${String(value)}" is not a date (YYYY-MM-DD, today, today-N or today+N)`);
  const days = relative[1] ? Number(relative[2]) * (relative[1] === '-' ? -1 : 1) : 0;
  const at = new Date(`${today}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** What a seed step is given while it loads, inside the seed's one transaction. */
export interface SeedContext {
  /** The password of the accounts the seed creates. */
  readonly password: string;
  /** Whether the demo data loads too; without it a step loads the plan's facts alone. */
  readonly demo: boolean;
  /** The district date of this load (YYYY-MM-DD). */
  readonly today: string;
  /** Whether a seed unit (e.g. "map:new-materials") was loaded once already. */
  applied(key: string): Promise<boolean>;
  /** Records that a unit is loaded, so that later runs leave it, and what users made of it, alone. */
  markApplied(key: string): Promise<void>;
}

/** What another step read, for checking references across steps (a chain's leader is a seeded user). */
export type SeedLookup = <T>(step: SeedStep<T>) => T;

/**
 * One feature's part of the seed: it reads its own files, checks them, and inserts into its own tables only what
 * is missing, so that loading twice changes nothing and never overwrites what users have edited.
 */
export interface SeedStep<T = unknown> {
  /** The name the report counts the step's additions under, e.g. "users". */
  readonly name: string;
  /** Reads the step's files from the seed folder; writes nothing. */
  read(dir: string): T;
  /** The problems of the data, references to what other steps read included. */
  problems?(data: T, other: SeedLookup): string[];
  /** Inserts what is missing; answers how many units it added. */
  load(m: EntityManager, data: T, context: SeedContext): Promise<number>;
}

/** How many units each step added, by step name. */
export type SeedReport = Record<string, number>;

/** The seed files as a list of steps read them, checked, ready to load in the list's order. */
export class SeedData {
  constructor(
    readonly steps: readonly SeedStep[],
    private readonly data: ReadonlyMap<SeedStep, unknown>,
  ) {}

  /** What a step read. */
  get<T>(step: SeedStep<T>): T {
    if (!this.data.has(step as SeedStep)) throw new Error(`seed: the step "${step.name}" is not among the steps read`);
    return this.data.get(step as SeedStep) as T;
  }
}

/** Reads the seed files step by step and checks every reference in them, before anything is written. */
export function readSeeds(steps: readonly SeedStep[], dir: string): SeedData {
  const data = new Map<SeedStep, unknown>(steps.map((step) => [step, step.read(dir)]));
  const seeds = new SeedData(steps, data);
  const other: SeedLookup = (step) => seeds.get(step);
  const problems = steps.flatMap((step) => step.problems?.(data.get(step), other) ?? []);
  if (problems.length) throw new Error(`The seed files have problems:\n- ${problems.join('\n- ')}`);
  return seeds;
}

/** Loads the seed data, step after step, inserting only what is missing. All or nothing. */
export async function loadSeeds(db: DataSource, seeds: SeedData, options: SeedOptions = {}): Promise<SeedReport> {
  return db.transaction(async (m) => {
    const context: SeedContext = {
      password: options.password ?? process.env['SEED_PASSWORD'] ?? DEMO_PASSWORD,
      demo: options.demo ?? seedDemoFromEnv(),
      today: options.today ?? districtDate(new Date()),
      applied: (key) => m.existsBy(SeedApplied, { key }),
      markApplied: async (key) => {
        await m.insert(SeedApplied, { key });
      },
    };
    const report: SeedReport = {};
    for (const step of seeds.steps) report[step.name] = await step.load(m, seeds.get(step), context);
    return report;
  });
}
