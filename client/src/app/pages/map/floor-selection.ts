import type { FloorSummary, SiteSummary } from '../../core/api/floorplan.models';

export interface FloorOption extends FloorSummary {
  buildingName: string;
  siteName: string;
}

/** The floors of one building, lowest level first, as the floor switcher shows them. */
export interface FloorGroup {
  label: string;
  floors: FloorOption[];
}

export function groupFloors(sites: readonly SiteSummary[]): FloorGroup[] {
  const severalSites = sites.length > 1;
  return sites.flatMap((site) =>
    site.buildings
      .filter((building) => building.floors.length > 0)
      .map((building) => ({
        label: severalSites ? `${site.name} · ${building.name}` : building.name,
        floors: [...building.floors]
          .sort((a, b) => a.level - b.level)
          .map((floor) => ({ ...floor, buildingName: building.name, siteName: site.name })),
      })),
  );
}

/**
 * The floor to show: the one named in the URL when it exists, otherwise the first building's
 * entrance level (the floor closest to level 0, the upper one on a tie).
 */
export function resolveFloorId(groups: readonly FloorGroup[], requested: string | null | undefined): string | null {
  if (requested && groups.some((group) => group.floors.some((floor) => floor.id === requested))) return requested;
  const floors = groups[0]?.floors ?? [];
  let best: FloorOption | undefined;
  for (const floor of floors) {
    const closer = best === undefined || Math.abs(floor.level) < Math.abs(best.level);
    const tieUpper = best !== undefined && Math.abs(floor.level) === Math.abs(best.level) && floor.level > best.level;
    if (closer || tieUpper) best = floor;
  }
  return best?.id ?? null;
}

export function findFloor(groups: readonly FloorGroup[], floorId: string | null): FloorOption | undefined {
  if (floorId === null) return undefined;
  for (const group of groups) {
    const floor = group.floors.find((candidate) => candidate.id === floorId);
    if (floor) return floor;
  }
  return undefined;
}
