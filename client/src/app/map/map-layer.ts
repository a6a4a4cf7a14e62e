import type * as L from 'leaflet';

/**
 * One concern drawn on the floor map: the plan drawing, the rooms, the devices, and later
 * equipment markers, hygiene colouring or inventory badges. MapComponent only adds and removes
 * these, in list order, so a new concern is a new class and the map itself stays unchanged.
 */
export interface MapLayer {
  addTo(map: L.Map): void;
  remove(): void;
}
