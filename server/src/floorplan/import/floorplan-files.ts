/**
 * Reads floor-plan files from disk for the CLI and the demo seeding: a path is one
 * `.geojson` file or a folder of them; each file's drawing is the SVG named by
 * `wardwatch.floor.plan.image`, beside it. Problems reading become issues, reported like
 * format issues, so a user sees every problem of a folder at once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { FloorPlanIssue } from './floorplan-format.js';

export interface FloorPlanFile {
  /** The GeoJSON file's path, as reported in messages. */
  source: string;
  document: unknown;
  /** The drawing's text, or null when it could not be read (an issue says why). */
  svg: string | null;
  /** Problems reading this file or its drawing. */
  issues: FloorPlanIssue[];
}

/** Every `.geojson` file the paths name, in name order within a folder. */
export async function listFloorPlanFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    if ((await stat(absolute)).isDirectory()) {
      const names = (await readdir(absolute)).filter((name) => name.endsWith('.geojson')).sort();
      files.push(...names.map((name) => join(absolute, name)));
    } else {
      files.push(absolute);
    }
  }
  return files;
}

export async function readFloorPlanFile(source: string): Promise<FloorPlanFile> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : `cannot be read: ${String(error)}`;
    return { source, document: undefined, svg: null, issues: [{ field: 'document', message: `the file ${reason}` }] };
  }
  const image = planImageOf(document);
  // A name with folders is refused by the validator; do not read outside the plan's folder.
  if (image === undefined || basename(image) !== image) return { source, document, svg: null, issues: [] };
  const svgPath = join(dirname(source), image);
  try {
    return { source, document, svg: await readFile(svgPath, 'utf8'), issues: [] };
  } catch {
    return {
      source,
      document,
      svg: null,
      issues: [{ field: 'wardwatch.floor.plan.image', message: `the drawing ${svgPath} cannot be read` }],
    };
  }
}

function planImageOf(document: unknown): string | undefined {
  const image = (document as { wardwatch?: { floor?: { plan?: { image?: unknown } } } } | undefined)?.wardwatch?.floor?.plan?.image;
  return typeof image === 'string' ? image : undefined;
}
