import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RoomTransition } from '../engine/engine-types.js';
import { epochMsOf } from '../../platform/database/raw-datetime.js';
import { ROWS_PER_STATEMENT } from '../location-timing.js';
import type { RoomVisit, TagLocation } from '../location.types.js';
import { RoomTransitionRecord } from './room-transition-record.entity.js';
import { TagPosition } from './tag-position.entity.js';
import type { LocationWrite } from './write-behind-queue.js';

const POSITION_COLUMNS_UPDATED: Array<keyof TagPosition> = ['floorId', 'roomId', 'x', 'y', 'confidence', 'positionAt', 'lastSeenAt', 'updatedAt'];

/** The location feature's tables: current positions and room transitions. The only place with SQL. */
@Injectable()
export class LocationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Every stored position that names a room, for LocationEngine.restore. */
  async loadPositions(): Promise<TagLocation[]> {
    const rows = await this.dataSource.getRepository(TagPosition).find();
    return rows.flatMap((row) =>
      row.roomId === null
        ? []
        : [{ tagId: row.tagId, floorId: row.floorId, roomId: row.roomId, x: row.x, y: row.y, confidence: row.confidence, ts: row.positionAt.getTime(), lastSeen: row.lastSeenAt.getTime() }],
    );
  }

  /** One flush, in one transaction: positions upserted by tag, transitions appended; large flushes in several statements. */
  async write(write: LocationWrite, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < write.positions.length; i += ROWS_PER_STATEMENT) {
        await upsertPositions(manager, write.positions.slice(i, i + ROWS_PER_STATEMENT), now);
      }
      for (let i = 0; i < write.transitions.length; i += ROWS_PER_STATEMENT) {
        await insertTransitions(manager, write.transitions.slice(i, i + ROWS_PER_STATEMENT));
      }
    });
  }

  /**
   * The tag's transitions with enteredAt in [fromMs, toMs], oldest first, preceded by the last one
   * before fromMs (the room the tag was in at fromMs) when there is one.
   */
  async transitionsOf(tagId: string, fromMs: number, toMs: number): Promise<RoomTransition[]> {
    return (await this.transitionsOfTags([tagId], fromMs, toMs)).get(tagId) ?? [];
  }

  /**
   * transitionsOf for many tags at once (staff badges for compliance): a few indexed queries per chunk
   * of tags instead of two per tag, reading only the columns a transition has (no entity hydration: a
   * quarter of a ward's badges is half a million rows). Tags without transitions are absent from the map.
   */
  async transitionsOfTags(tagIds: readonly string[], fromMs: number, toMs: number): Promise<Map<string, RoomTransition[]>> {
    const [from, to] = [new Date(fromMs), new Date(toMs)];
    const rows: TransitionRow[] = [];
    for (let i = 0; i < tagIds.length; i += TAGS_PER_LAST_BEFORE_QUERY) rows.push(...(await this.lastTransitionsBefore(tagIds.slice(i, i + TAGS_PER_LAST_BEFORE_QUERY), from)));
    for (let i = 0; i < tagIds.length; i += ROWS_PER_STATEMENT) {
      const chunk = tagIds.slice(i, i + ROWS_PER_STATEMENT);
      const within = await this.dataSource
        .getRepository(RoomTransitionRecord)
        .createQueryBuilder('stay')
        .select(TRANSITION_COLUMNS.map((column) => `stay.${column}`))
        .where('stay.tagId IN (:...chunk) AND stay.enteredAt BETWEEN :from AND :to', { chunk, from, to })
        .getRawMany<RawTransitionRow>();
      for (const row of within) rows.push(transitionRowOf(row));
    }
    rows.sort((a, b) => a.transition.enteredAt - b.transition.enteredAt || a.id - b.id);
    const byTag = new Map<string, RoomTransition[]>();
    for (const { transition } of rows) {
      let list = byTag.get(transition.tagId);
      if (!list) byTag.set(transition.tagId, (list = []));
      list.push(transition);
    }
    return byTag;
  }

  /**
   * Each tag's last transition before `from` (latest enteredAt, then highest id): one `ORDER BY … LIMIT 1`
   * per tag, which the (tagId, enteredAt) index answers with one seek, however long the history before.
   * (A NOT EXISTS over the newer rows compared every row before `from` with every other: quadratic.)
   */
  private async lastTransitionsBefore(tagIds: readonly string[], from: Date): Promise<TransitionRow[]> {
    if (tagIds.length === 0) return [];
    const driver = this.dataSource.driver;
    const table = driver.escape(this.dataSource.getMetadata(RoomTransitionRecord).tableName);
    const [tagId, enteredAt, id] = ['tagId', 'enteredAt', 'id'].map((column) => driver.escape(column));
    const columns = TRANSITION_COLUMNS.map((column) => `${driver.escape(column)} AS ${driver.escape(`stay_${column}`)}`).join(', ');
    const terms = tagIds.map(
      (_, i) => `SELECT * FROM (SELECT ${columns} FROM ${table} WHERE ${tagId} = :tag${i} AND ${enteredAt} < :from ORDER BY ${enteredAt} DESC, ${id} DESC LIMIT 1) ${driver.escape(`last${i}`)}`,
    );
    const parameters = Object.fromEntries([['from', from], ...tagIds.map((tag, i) => [`tag${i}`, tag])]);
    const [sql, values] = driver.escapeQueryWithParameters(terms.join(' UNION ALL '), parameters);
    const rows = (await this.dataSource.query(sql, values)) as RawTransitionRow[];
    return rows.map(transitionRowOf);
  }

  /**
   * Every stay in the room that overlaps [fromMs, toMs]: transitions into the room entered by `toMs`
   * whose tag made no other transition between entering and `fromMs` (so it was still there at
   * `fromMs`, or entered later). A stay lasts until the tag's next transition (`leftAt`).
   */
  async visitsTo(roomId: string, fromMs: number, toMs: number): Promise<RoomVisit[]> {
    const query = this.dataSource
      .getRepository(RoomTransitionRecord)
      .createQueryBuilder('stay')
      .select('stay.tagId', 'tagId')
      .addSelect('stay.enteredAt', 'enteredAt')
      .addSelect((sub) => sub.select('MIN(next.enteredAt)').from(RoomTransitionRecord, 'next').where('next.tagId = stay.tagId AND next.enteredAt > stay.enteredAt'), 'leftAt')
      .where('stay.toRoomId = :roomId AND stay.enteredAt <= :to', { roomId, to: new Date(toMs) })
      .andWhere((qb) => {
        const leftBefore = qb
          .subQuery()
          .select('1')
          .from(RoomTransitionRecord, 'later')
          .where('later.tagId = stay.tagId AND later.enteredAt > stay.enteredAt AND later.enteredAt <= :from')
          .getQuery();
        return `NOT EXISTS ${leftBefore}`;
      })
      .setParameter('from', new Date(fromMs))
      .orderBy('stay.enteredAt', 'ASC')
      .addOrderBy('stay.tagId', 'ASC');
    const rows = await query.getRawMany<{ tagId: string; enteredAt: Date | string; leftAt: Date | string | null }>();
    return rows.map((row) => ({ tagId: row.tagId, roomId, enteredAt: epochMsOf(row.enteredAt), leftAt: row.leftAt === null ? null : epochMsOf(row.leftAt) }));
  }

  /**
   * Deletes room transitions entered before `cutoff`, except each tag's last one before it (the room it
   * was in at the cutoff, so history from the cutoff on still starts somewhere). In statements of at most
   * `chunk` rows, each on its own, so a large purge never holds locks for long. Returns how many went.
   */
  async purgeTransitionsBefore(cutoff: Date, chunk: number): Promise<number> {
    const repository = this.dataSource.getRepository(RoomTransitionRecord);
    let purged = 0;
    for (;;) {
      const ids = await repository
        .createQueryBuilder('old')
        .select('old.id', 'id')
        .where('old.enteredAt < :cutoff', { cutoff })
        .andWhere((qb) => {
          const superseded = qb
            .subQuery()
            .select('1')
            .from(RoomTransitionRecord, 'newer')
            .where('newer.tagId = old.tagId AND newer.enteredAt < :cutoff')
            .andWhere('(newer.enteredAt > old.enteredAt OR (newer.enteredAt = old.enteredAt AND newer.id > old.id))')
            .getQuery();
          return `EXISTS ${superseded}`;
        })
        .orderBy('old.id', 'ASC')
        .limit(chunk)
        .getRawMany<{ id: number | string }>();
      if (ids.length === 0) return purged;
      await repository.delete(ids.map((row) => Number(row.id)));
      purged += ids.length;
      if (ids.length < chunk) return purged;
    }
  }
}

function upsertPositions(manager: EntityManager, positions: readonly TagLocation[], now: Date) {
  const rows = positions.map((p) => ({
    tagId: p.tagId,
    floorId: p.floorId,
    roomId: p.roomId,
    x: p.x,
    y: p.y,
    confidence: p.confidence,
    positionAt: new Date(p.ts),
    lastSeenAt: new Date(p.lastSeen),
    updatedAt: now,
  }));
  return manager.createQueryBuilder().insert().into(TagPosition).values(rows).orUpdate(POSITION_COLUMNS_UPDATED, ['tagId']).updateEntity(false).execute();
}

function insertTransitions(manager: EntityManager, transitions: readonly RoomTransition[]) {
  const rows = transitions.map((t) => ({ tagId: t.tagId, fromRoomId: t.fromRoomId, toRoomId: t.toRoomId, floorId: t.floorId, enteredAt: new Date(t.enteredAt) }));
  return manager.createQueryBuilder().insert().into(RoomTransitionRecord).values(rows).updateEntity(false).execute();
}

/** Tags per last-transition-before query: one UNION ALL term each, well inside SQLite's 500 terms. */
const TAGS_PER_LAST_BEFORE_QUERY = 200;

const TRANSITION_COLUMNS = ['id', 'tagId', 'fromRoomId', 'toRoomId', 'floorId', 'enteredAt'] as const;

/** A room_transitions row as raw queries answer it (aliased `stay_<column>`, as the query builder names them). */
interface RawTransitionRow {
  stay_id: number | string;
  stay_tagId: string;
  stay_fromRoomId: string | null;
  stay_toRoomId: string | null;
  stay_floorId: string;
  stay_enteredAt: Date | string;
}

interface TransitionRow {
  id: number;
  transition: RoomTransition;
}

function transitionRowOf(row: RawTransitionRow): TransitionRow {
  // toRoomId is null only in rows a later version may write ("lost"); the engine's type has no such state.
  return {
    id: Number(row.stay_id),
    transition: { tagId: row.stay_tagId, fromRoomId: row.stay_fromRoomId, toRoomId: row.stay_toRoomId as string, floorId: row.stay_floorId, enteredAt: epochMsOf(row.stay_enteredAt) },
  };
}
