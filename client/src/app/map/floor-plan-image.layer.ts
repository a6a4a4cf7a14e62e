import * as L from 'leaflet';
import type { Floor } from '../core/api/floorplan.models';
import type { MapLayer } from './map-layer';
import { floorBounds } from './plan-coordinates';

/** Below Leaflet's overlay pane (z-index 400), so rooms and markers always draw over the plan. */
const PLAN_PANE = 'floorPlan';
const PLAN_PANE_Z_INDEX = '350';

/** The floor's SVG drawing, stretched over exactly the floor's extent in metres. */
export class FloorPlanImageLayer implements MapLayer {
  private readonly overlay: L.ImageOverlay;

  constructor(floor: Pick<Floor, 'name' | 'planUrl' | 'widthM' | 'heightM'>) {
    this.overlay = L.imageOverlay(floor.planUrl, floorBounds(floor), {
      pane: PLAN_PANE,
      alt: `Floor plan of ${floor.name}`,
      className: 'floor-plan-image',
      interactive: false,
    });
  }

  addTo(map: L.Map): void {
    if (!map.getPane(PLAN_PANE)) map.createPane(PLAN_PANE).style.zIndex = PLAN_PANE_Z_INDEX;
    this.overlay.addTo(map);
  }

  remove(): void {
    this.overlay.remove();
  }
}
