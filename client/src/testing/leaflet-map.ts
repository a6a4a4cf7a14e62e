import * as L from 'leaflet';

/**
 * A Leaflet map in metres on a fresh element, for layer specs; call in `beforeEach`, and the returned
 * cleanup in `afterEach`.
 */
export function mountTestMap(): { map: L.Map; unmount(): void } {
  const element = document.createElement('div');
  document.body.appendChild(element);
  const map = L.map(element, { crs: L.CRS.Simple }).setView([5, 5], 2);
  return {
    map,
    unmount: () => {
      map.remove();
      document.body.innerHTML = '';
    },
  };
}
