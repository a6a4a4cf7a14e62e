/**
 * Turns a checked batch into BleSightings: each advertisement is parsed by libs/beacon, every tag frame
 * becomes one sighting, Eddystone-TLM telemetry is given to its tag through the gateway's TlmCorrelator,
 * and whatever identifies no tag is counted and skipped. Pure apart from the gateway's radio state
 * (correlator and counters), which the caller owns.
 */
import {
  isTagFrame,
  normalizeMac,
  parseAdvertisementHex,
  rssiAt1m,
  type AdvertisementStats,
  type EddystoneTlmFrame,
  type TagFrame,
  type TagTelemetry,
  type TlmCorrelator,
} from '../../../../libs/beacon/index.js';
import type { BleBatch, BleSightingReport } from './ble-batch.js';
import type { BleSighting } from './ble-sighting.js';
import type { CheckedBleBatch } from './check-ble-batch.js';

/** What one gateway's ingest remembers about its radio neighbourhood. */
export interface GatewayRadio {
  /** Pairs TLM frames with UID frames by device address: per gateway, as addresses are only compared within one receiver. */
  readonly tlm: TlmCorrelator;
  readonly frames: AdvertisementStats;
}

export interface NormalizedBatch {
  readonly sightings: BleSighting[];
  /** Reported sightings that gave no BleSighting: URL-only, encrypted TLM, unknown data, a TLM with no recent UID from its address. */
  readonly skipped: number;
  /** Manufacturer or service data that is no beacon frame, plus advertisements with damaged structure. */
  readonly unknownFrames: number;
  /** Of those, advertisements whose structure was damaged (truncated, data after the terminator). */
  readonly malformedAdvertisements: number;
}

interface PendingTlm {
  readonly report: BleSightingReport;
  readonly ts: number;
  readonly frame: EddystoneTlmFrame;
}

export function normalizeBleBatch(batch: BleBatch, checked: CheckedBleBatch, radio: GatewayRadio): NormalizedBatch {
  const { gatewayId, sightings: reports } = batch;
  const sightings: BleSighting[] = [];
  let skipped = 0;
  let unknownFrames = 0;
  let malformedAdvertisements = 0;
  let pendingTlm: PendingTlm[] | undefined;

  for (let i = 0; i < reports.length; i++) {
    const report = reports[i];
    const ts = checked.tsMs[i];
    const beacon = checked.beacons?.[i];
    if (beacon !== undefined) {
      radio.frames.recordFrame(beacon);
      sightings.push(sighting(gatewayId, report, ts, beacon.tagId, rssiAt1m(beacon)));
      bindUid(radio, report, ts, beacon);
      continue;
    }
    // The schema makes every sighting without a beacon carry adv.
    const advertisement = parseAdvertisementHex(report.adv as string);
    radio.frames.record(advertisement);
    unknownFrames += advertisement.unknown.length;
    if (advertisement.malformed !== undefined) {
      unknownFrames++;
      malformedAdvertisements++;
    }
    let tagged = false;
    let tlm: EddystoneTlmFrame | undefined;
    for (const frame of advertisement.frames) {
      if (isTagFrame(frame)) {
        sightings.push(sighting(gatewayId, report, ts, frame.tagId, rssiAt1m(frame)));
        bindUid(radio, report, ts, frame);
        tagged = true;
      } else if (frame.type === 'eddystone-tlm') {
        tlm = frame;
      }
    }
    // A TLM beside a tag frame in one report (advertisement + scan response) is the same reception: not counted twice.
    if (tagged) continue;
    if (tlm !== undefined && report.mac !== undefined) (pendingTlm ??= []).push({ report, ts, frame: tlm });
    else skipped++;
  }

  // TLM frames are paired after the batch's UID frames, so a TLM listed before its UID still finds it.
  for (const { report, ts, frame } of pendingTlm ?? []) {
    const telemetry = radio.tlm.observe(macOf(report), frame, ts);
    if (telemetry === undefined) skipped++;
    else sightings.push(sighting(gatewayId, report, ts, telemetry.tagId, undefined, telemetry));
  }
  return { sightings, skipped, unknownFrames, malformedAdvertisements };
}

function bindUid(radio: GatewayRadio, report: BleSightingReport, ts: number, frame: TagFrame): void {
  if (frame.type === 'eddystone-uid' && report.mac !== undefined) radio.tlm.observe(macOf(report), frame, ts);
}

/** The report's address in one spelling (the schema admits three). */
function macOf(report: BleSightingReport): string {
  const mac = report.mac as string;
  return normalizeMac(mac) ?? mac;
}

/**
 * One sighting of `tagId` from a report. Every property is given, in one order, so all sightings share
 * one object shape on the hot path. TLM telemetry, when paired, wins over what the gateway decoded.
 */
function sighting(
  gatewayId: string,
  report: BleSightingReport,
  ts: number,
  tagId: string,
  txPowerAt1m: number | undefined,
  telemetry?: TagTelemetry,
): BleSighting {
  return {
    tagId,
    gatewayId,
    ts,
    rssi: report.rssi,
    n: report.n ?? 1,
    rssiMax: report.rssiMax,
    txPowerAt1m,
    batteryMv: telemetry?.batteryMv ?? report.batteryMv,
    temperatureC: telemetry?.temperatureC ?? report.temperatureC,
  };
}
