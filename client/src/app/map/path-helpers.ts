import type * as L from 'leaflet';

/** Name tooltips that follow the pointer over rooms and devices. */
export const HOVER_TOOLTIP: L.TooltipOptions = { sticky: true, direction: 'top', className: 'map-tooltip' };

/**
 * Leaflet only creates a vector layer's SVG element when the layer joins a map, so attributes
 * that tests and assistive tech look for (`data-room-id`, `data-testid`) are set at that moment.
 */
export function setAttributesOnAdd(path: L.Path, attributes: Readonly<Record<string, string>>): void {
  path.on('add', () => {
    const element = path.getElement();
    if (!element) return;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  });
}
