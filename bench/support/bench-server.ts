/**
 * The compiled server (`npm run build:server` first) as the end-to-end tests start it
 * (test/support/server-process.ts: its own process, demo mode, a scratch MySQL/MariaDB database),
 * with the demo's simulated gateways off so the benchmark is the only sender, plus what a benchmark
 * needs: extra Node flags and the inspector's address (started on a free loopback port).
 */
import { startServer, type RunningServer } from '../../test/support/server-process.js';

export interface BenchServer extends RunningServer {
  /** ws:// address of the server's inspector (Chrome DevTools Protocol). */
  inspectorUrl: string;
}

export async function startBenchServer(options: { mysqlUrl: string; nodeArgs?: string[] }): Promise<BenchServer> {
  const server = await startServer({
    mysqlUrl: options.mysqlUrl,
    env: { DEMO_SIMULATION: 'false', LOG_LEVEL: 'warn' },
    nodeArgs: ['--inspect=127.0.0.1:0', ...(options.nodeArgs ?? [])],
  });
  const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(server.output())?.[1];
  if (!inspectorUrl) {
    await server.stop();
    throw new Error(`The server's inspector address was not printed:\n${server.output()}`);
  }
  return { ...server, inspectorUrl };
}
