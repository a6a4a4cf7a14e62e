/** The import command's output: one line per floor imported, or one line per issue. */
import { relative } from 'node:path';
import type { SourceIssues } from '../import/floorplan-import-errors.js';
import type { FloorImportResult } from '../import/floorplan-import.service.js';

/** `<file>: <feature> <field>: <message>`, the feature left out for document-level issues. */
export function formatIssueLines(problems: readonly SourceIssues[]): string[] {
  return problems.flatMap(({ source, issues }) => {
    const file = source === null ? '(request)' : shortPath(source);
    return issues.map((issue) => `${file}: ${issue.feature === undefined ? '' : `${issue.feature} `}${issue.field}: ${issue.message}`);
  });
}

/** Relative to the working folder when the file is below it, else as given. */
function shortPath(path: string): string {
  const below = relative(process.cwd(), path);
  return below === '' || below.startsWith('..') ? path : below;
}

export function formatResultLines(results: readonly FloorImportResult[]): string[] {
  return results.map((r) => `${r.floorId}: ${r.created} created, ${r.updated} updated, ${r.removed} removed, ${r.unchanged} unchanged`);
}
