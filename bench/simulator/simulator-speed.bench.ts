/**
 * Generation speed of the simulator on St Mary's (server/src/simulator/bench/simulation-bench.ts, which
 * this runs; its README's "Speed" table comes from it): parked and roaming tags, summary and raw
 * reports, into batches or a counting sink. Each case runs 10 s of event time to warm up first.
 */
import { benchSimulation, type SimulationBenchOptions, type SimulationBenchResult } from '../../server/src/simulator/bench/simulation-bench.js';
import { loadStMarysFloors } from '../../server/src/simulator/testing/st-marys.js';
import { childMain } from '../support/child-process.js';

export type SimulatorCase = Omit<SimulationBenchOptions, 'floors'>;

export interface SimulatorSpeedResult {
  cases: Array<SimulatorCase & SimulationBenchResult>;
}

function runSimulatorSpeed(options: { cases: SimulatorCase[] }): SimulatorSpeedResult {
  const floors = loadStMarysFloors();
  return { cases: options.cases.map((benchCase) => ({ ...benchCase, ...benchSimulation({ ...benchCase, floors }) })) };
}

childMain(runSimulatorSpeed);
