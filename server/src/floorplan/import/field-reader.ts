/**
 * Reads typed fields out of untrusted JSON while recording what is wrong with them, so a
 * validator can check a whole document and report every issue rather than stop at the first.
 */
import type { FloorPlanIssue } from './floorplan-format.js';

/** Collects issues in the order they are found. */
export class IssueList {
  readonly items: FloorPlanIssue[] = [];

  add(feature: string | undefined, field: string, message: string): void {
    this.items.push(feature === undefined ? { field, message } : { feature, field, message });
  }

  get count(): number {
    return this.items.length;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a JSON value's type for messages: "a number", "an array", "null". */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export interface StringRule {
  optional?: boolean;
  pattern?: RegExp;
  /** Says what the pattern allows, for the message. */
  patternHint?: string;
  maxLength?: number;
}

export interface NumberRule {
  optional?: boolean;
  integer?: boolean;
  min?: number;
  /** True when the value must be strictly greater than `min`. */
  exclusiveMin?: boolean;
}

/**
 * A view of one JSON object at a known place in the document (`prefix`), attributing
 * issues to `feature`. Each getter returns the value when it is valid, otherwise records
 * an issue and returns undefined (an absent optional field is valid and also undefined).
 */
export class FieldReader {
  constructor(
    private readonly source: Record<string, unknown>,
    private readonly issues: IssueList,
    private readonly feature: string | undefined,
    private readonly prefix: string,
  ) {}

  /** Full path of a field of this object, as reported in issues. */
  path(key: string): string {
    return this.prefix === '' ? key : `${this.prefix}.${key}`;
  }

  report(key: string, message: string): void {
    this.issues.add(this.feature, this.path(key), message);
  }

  has(key: string): boolean {
    return this.source[key] !== undefined;
  }

  raw(key: string): unknown {
    return this.source[key];
  }

  /** A nested object, or undefined (with an issue) when missing or not an object. */
  object(key: string): FieldReader | undefined {
    const value = this.source[key];
    if (!isRecord(value)) {
      this.report(key, value === undefined ? 'is required' : `must be an object, got ${describeJsonType(value)}`);
      return undefined;
    }
    return new FieldReader(value, this.issues, this.feature, this.path(key));
  }

  string(key: string, rule: StringRule = {}): string | undefined {
    const value = this.source[key];
    if (value === undefined && rule.optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(key, value === undefined ? 'is required' : `must be a non-empty string, got ${describeJsonType(value)}`);
      return undefined;
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      this.report(key, `must be at most ${rule.maxLength} characters, got ${value.length}`);
      return undefined;
    }
    if (rule.pattern && !rule.pattern.test(value)) {
      this.report(key, `"${value}" is not allowed: ${rule.patternHint ?? `must match ${rule.pattern}`}`);
      return undefined;
    }
    return value;
  }

  number(key: string, rule: NumberRule = {}): number | undefined {
    const value = this.source[key];
    if (value === undefined && rule.optional) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(key, value === undefined ? 'is required' : `must be a finite number, got ${describeJsonType(value)}`);
      return undefined;
    }
    if (rule.integer && !Number.isInteger(value)) {
      this.report(key, `must be a whole number, got ${value}`);
      return undefined;
    }
    if (rule.min !== undefined && (rule.exclusiveMin ? value <= rule.min : value < rule.min)) {
      this.report(key, `must be ${rule.exclusiveMin ? 'greater than' : 'at least'} ${rule.min}, got ${value}`);
      return undefined;
    }
    return value;
  }

  /** One of a fixed list of strings. */
  oneOf<T extends string>(key: string, allowed: readonly T[], rule: { optional?: boolean } = {}): T | undefined {
    const value = this.source[key];
    if (value === undefined && rule.optional) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      const got = typeof value === 'string' ? `"${value}"` : describeJsonType(value);
      this.report(key, value === undefined ? `is required: one of ${allowed.join(', ')}` : `must be one of ${allowed.join(', ')}, got ${got}`);
      return undefined;
    }
    return value as T;
  }

  /** A value that must equal `expected` exactly (e.g. "type": "Feature"). */
  literal<T extends string | number>(key: string, expected: T): T | undefined {
    const value = this.source[key];
    if (value !== expected) {
      const got = typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value);
      this.report(key, `must be ${JSON.stringify(expected)}, got ${got}`);
      return undefined;
    }
    return expected;
  }
}
