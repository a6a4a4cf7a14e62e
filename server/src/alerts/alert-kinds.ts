import type { Role } from '../platform/auth/role.js';

/** The kinds the alerts feature raises itself. Other features define theirs (see AlertKindRegistry). */
export const EQUIPMENT_MISSING = 'equipment.missing';
export const GATEWAY_OFFLINE = 'gateway.offline';
/** A gateway that heartbeats but sends no sightings: its radio hears nothing (docs/scanner.md). */
export const GATEWAY_NOT_SCANNING = 'gateway.not_scanning';
export const TAG_LOW_BATTERY = 'tag.low_battery';
export const EQUIPMENT_LEFT_ZONE = 'equipment.left_zone';
export const EQUIPMENT_PAR_BELOW = 'equipment.par_below';
export const EQUIPMENT_PM_DUE = 'equipment.pm_due';

/**
 * The roles the acknowledge and resolve routes let through at all; each kind narrows it further.
 * Viewers only read. (The route's @Roles needs a fixed list, so a kind may only name roles from here.)
 */
export const ALERT_ACTOR_ROLES: readonly Role[] = ['admin', 'biomed', 'infection_control', 'pharmacy'];

export interface AlertKindDefinition {
  /** `<feature>.<condition>`, lower case: `hygiene.compliance_low`. */
  kind: string;
  /** For people: `Equipment missing`. */
  label: string;
  /** Who may acknowledge and resolve alerts of this kind, besides admins (who always may). */
  actingRoles: readonly Role[];
}

const KIND_PATTERN = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$/;

/** The equipment, gateway and tag kinds: biomedical engineering looks after all of them. */
export const EQUIPMENT_ALERT_KINDS: readonly AlertKindDefinition[] = [
  { kind: EQUIPMENT_MISSING, label: 'Equipment missing', actingRoles: ['biomed'] },
  { kind: GATEWAY_OFFLINE, label: 'Gateway offline', actingRoles: ['biomed'] },
  { kind: GATEWAY_NOT_SCANNING, label: 'Gateway hears no tags', actingRoles: ['biomed'] },
  { kind: TAG_LOW_BATTERY, label: 'Tag battery low', actingRoles: ['biomed'] },
  { kind: EQUIPMENT_LEFT_ZONE, label: 'Equipment left its zone', actingRoles: ['biomed'] },
  { kind: EQUIPMENT_PAR_BELOW, label: 'Equipment below PAR level', actingRoles: ['biomed'] },
  { kind: EQUIPMENT_PM_DUE, label: 'Preventive maintenance due', actingRoles: ['biomed'] },
];

/**
 * Every alert kind the application knows, and who may act on each: the per-kind role map. Features
 * define their kinds when their module starts (`registry.define({ kind: 'hygiene.…', actingRoles:
 * ['infection_control'] })`), so a new kind needs no change here.
 */
export class AlertKindRegistry {
  private readonly kinds = new Map<string, AlertKindDefinition>();

  constructor(definitions: readonly AlertKindDefinition[] = EQUIPMENT_ALERT_KINDS) {
    for (const definition of definitions) this.define(definition);
  }

  define(definition: AlertKindDefinition): void {
    if (!KIND_PATTERN.test(definition.kind) || definition.kind.length > 64) {
      throw new Error(`Alert kind "${definition.kind}" must look like feature.condition (lower case, at most 64 characters)`);
    }
    const unroutable = definition.actingRoles.filter((role) => !ALERT_ACTOR_ROLES.includes(role));
    if (unroutable.length > 0) throw new Error(`Alert kind ${definition.kind}: roles ${unroutable.join(', ')} cannot act on alerts (see ALERT_ACTOR_ROLES)`);
    const existing = this.kinds.get(definition.kind);
    if (existing !== undefined && existing !== definition) throw new Error(`Alert kind ${definition.kind} is defined twice`);
    this.kinds.set(definition.kind, definition);
  }

  has(kind: string): boolean {
    return this.kinds.has(kind);
  }

  get(kind: string): AlertKindDefinition | undefined {
    return this.kinds.get(kind);
  }

  all(): AlertKindDefinition[] {
    return [...this.kinds.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  }

  /** Admins act on every kind; others on the kinds that name their role. */
  mayAct(role: Role, kind: string): boolean {
    return role === 'admin' || (this.kinds.get(kind)?.actingRoles.includes(role) ?? false);
  }

  /** The roles that may act on `kind`, admin first, for messages. */
  actorsOf(kind: string): Role[] {
    return ['admin', ...(this.kinds.get(kind)?.actingRoles ?? []).filter((role) => role !== 'admin')];
  }
}
