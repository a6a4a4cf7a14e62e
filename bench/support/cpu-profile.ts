/**
 * Reads a V8 CPU profile (the Profiler domain's `Profile`, as `--cpu-prof` writes it) into what a
 * report can show: the functions with the most self time, self time by code area (a package, a
 * folder of the server, Node internals, garbage collection), and the busy time by stage of the work
 * (rules given by the caller).
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  name: string;
  /** Share of the busy (non-idle) samples. */
  percent: number;
}

/**
 * A part of the work. "anywhere" rules are tried first, in order, against every frame of a sample's
 * stack (so work an engine function does inside a request counts as the engine's); then "nearest"
 * rules against the frames from the leaf up, the first frame any of them matches deciding (so the
 * Express chain that runs inside the body parser's callback is not counted as parsing).
 */
export interface StageRule {
  name: string;
  where: 'anywhere' | 'nearest';
  matches(frame: CallFrame): boolean;
}

export interface ProfileSummary {
  seconds: number;
  samples: number;
  /** Share of samples the thread was busy (not idle in the event loop). */
  busyPercent: number;
  topSelf: ProfileLine[];
  areas: ProfileLine[];
  /** Busy samples by stage (the rules in order, then "other"), each with its top functions by self time. */
  stages: Array<ProfileLine & { topSelf: ProfileLine[] }>;
  /**
   * The longest stretches without an idle sample (the event loop did not get to wait once): wall
   * time, which on a shared machine includes time the thread waited for a CPU, and the stage most of
   * the stretch went to.
   */
  longestBusy: Array<{ ms: number; samples: number; stage: string; stageShare: number }>;
}

const IDLE = '(idle)';

export function summarizeProfile(profile: CpuProfile, stageRules: readonly StageRule[], top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  const stages = new Map<string, number>(stageRules.map((rule) => [rule.name, 0]));
  const selfByStage = new Map<string, Map<string, number>>();
  const stageOfNode = new Map<number, string>();
  const stageOf = (leaf: number): string => {
    let stage = stageOfNode.get(leaf);
    if (stage !== undefined) return stage;
    const frames: CallFrame[] = [];
    for (let at: number | undefined = leaf; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) frames.push(frame);
    }
    const anywhere = stageRules.filter((rule) => rule.where === 'anywhere');
    const nearest = stageRules.filter((rule) => rule.where === 'nearest');
    stage = anywhere.find((rule) => frames.some((frame) => rule.matches(frame)))?.name;
    for (let i = 0; stage === undefined && i < frames.length; i++) stage = nearest.find((rule) => rule.matches(frames[i]))?.name;
    stage ??= 'other';
    stageOfNode.set(leaf, stage);
    return stage;
  };
  let busy = 0;
  const streaks: Array<{ ms: number; stages: Map<string, number> }> = [];
  let streak: { ms: number; stages: Map<string, number> } | undefined;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === IDLE) {
      if (streak) streaks.push(streak);
      streak = undefined;
      continue;
    }
    streak ??= { ms: 0, stages: new Map() };
    streak.ms += (profile.timeDeltas[i] ?? 0) / 1000;
    busy++;
    const key = frameName(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + 1);
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + 1);
    const stage = stageOf(id);
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
    let stageSelf = selfByStage.get(stage);
    if (!stageSelf) selfByStage.set(stage, (stageSelf = new Map()));
    stageSelf.set(key, (stageSelf.get(key) ?? 0) + 1);
    streak.stages.set(stage, (streak.stages.get(stage) ?? 0) + 1);
  }
  const lines = (counts: Map<string, number>, limit: number): ProfileLine[] =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, count]) => ({ name, percent: (count / Math.max(1, busy)) * 100 }));
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    samples: profile.samples.length,
    busyPercent: (busy / Math.max(1, profile.samples.length)) * 100,
    topSelf: lines(self, top),
    areas: lines(areas, top),
    stages: lines(stages, stages.size).map((line) => ({
      ...line,
      topSelf: [...(selfByStage.get(line.name) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, count]) => ({ name, percent: (count / Math.max(1, busy)) * 100 })),
    })),
    longestBusy: streaks
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ ms, stages: counts }) => {
        const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
        const [stage, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
        return { ms, samples: total, stage, stageShare: count / total };
      }),
  };
}

function frameName(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length);
  const dist = /\/dist\/[^/]+\/(.*)$/.exec(path);
  if (dist) return dist[1];
  return path;
}

/** The package, the server folder (`server/src/<feature>`), Node's own code, or V8's bookkeeping. */
function areaOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native / V8 builtins)';
  if (frame.url.startsWith('node:')) return 'node: ' + frame.url.slice('node:'.length).replace(/^internal\//, '').split('/')[0];
  const path = frame.url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const server = /\/(server\/src\/[^/]+(?:\/[^/.]+)?)\//.exec(path);
  if (server) return server[1];
  const libs = /\/(libs\/[^/]+)\//.exec(path);
  if (libs) return libs[1];
  return shortUrl(frame.url);
}
