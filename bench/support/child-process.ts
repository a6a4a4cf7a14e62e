/**
 * Benchmarks run in child processes of the runner: each gets a fresh heap and its own Node flags
 * (`--expose-gc`, a larger young generation), and two of the accuracy runs can share the machine's
 * two cores. A child reads its options from argv and answers with one IPC message.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type ChildMessage = { kind: 'result'; result: unknown } | { kind: 'error'; error: string } | { kind: 'barrier'; name: string };
type ParentMessage = { kind: 'go'; name: string };

/** In a child: runs `main` with the options the parent passed, sends the result back and exits. */
export function childMain<Options, Result>(main: (options: Options) => Promise<Result> | Result): void {
  const options = JSON.parse(process.argv[2] ?? '{}') as Options;
  Promise.resolve()
    .then(() => main(options))
    .then(
      (result) => send({ kind: 'result', result }, 0),
      (error: unknown) => send({ kind: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1),
    );
}

function send(message: ChildMessage, exitCode: number): void {
  if (!process.send) {
    console.log(JSON.stringify(message, null, 2));
    process.exit(exitCode);
  }
  process.send(message, () => process.exit(exitCode));
}

/**
 * In a child: tells the parent it reached `name` and waits until the parent has done what it does
 * there (sample a process, force a collection, start a profiler). Resolves at once without a parent.
 */
export function barrier(name: string): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (message: ParentMessage) => {
      if (message.kind !== 'go' || message.name !== name) return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    send({ kind: 'barrier', name } satisfies ChildMessage);
  });
}

export interface ChildRun {
  /** Script path relative to the calling module's URL, e.g. new URL('./accuracy/accuracy.bench.js', import.meta.url). */
  script: URL;
  options: unknown;
  nodeArgs?: string[];
  /** Stopped (SIGTERM, then SIGKILL) after this long. */
  timeoutMs: number;
  /** Called with the child's process id once it runs. */
  onSpawn?: (pid: number) => void;
  /** What the parent does when the child reaches a barrier; the child waits for it. */
  onBarrier?: (name: string) => Promise<void> | void;
}

/** Forks a benchmark child and resolves with its result; stderr passes through, stdout is kept for errors. */
export function runChild<Result>(run: ChildRun): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(run.script), [JSON.stringify(run.options)], {
      execArgv: ['--enable-source-maps', ...(run.nodeArgs ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    if (child.pid !== undefined) run.onSpawn?.(child.pid);
    let answer: ChildMessage | undefined;
    const timer = setTimeout(() => {
      // SIGTERM first, so a child that started a server can stop it; SIGKILL if it does not go.
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 40_000).unref();
      reject(new Error(`${run.script.pathname} took longer than ${run.timeoutMs} ms`));
    }, run.timeoutMs);
    child.on('message', (message: ChildMessage) => {
      if (message.kind !== 'barrier') {
        answer = message;
        return;
      }
      Promise.resolve()
        .then(() => run.onBarrier?.(message.name))
        .catch((error: unknown) => console.error(`barrier ${message.name}:`, error))
        .finally(() => child.send({ kind: 'go', name: message.name } satisfies ParentMessage));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (answer?.kind === 'result') resolve(answer.result as Result);
      else reject(new Error(`${run.script.pathname} failed (exit ${code}): ${answer?.kind === 'error' ? answer.error : 'no result'}`));
    });
  });
}
