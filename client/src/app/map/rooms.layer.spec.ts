import * as L from 'leaflet';
import { room } from '../../testing/fixtures';
import { RoomsLayer, labelFits } from './rooms.layer';
import { roomPathStyle, roomTypeLook } from './room-style';

function createMap(): L.Map {
  const element = document.createElement('div');
  document.body.appendChild(element);
  return L.map(element, { crs: L.CRS.Simple, renderer: L.svg() }).setView([10, 10], 2);
}

const ward = room({
  id: 'main-1-101',
  name: 'Room 101',
  type: 'patient_room',
  polygon: [
    [10, 2],
    [16, 2],
    [16, 7],
    [10, 7],
  ],
  centroid: [13, 4.5],
});
const corridor = room({
  id: 'main-1-c1',
  name: 'Corridor',
  type: 'corridor',
  polygon: [
    [0, 0],
    [40, 0],
    [40, 2],
    [0, 2],
  ],
  centroid: [20, 1],
});

describe('RoomsLayer', () => {
  let map: L.Map;

  beforeEach(() => (map = createMap()));
  afterEach(() => {
    map.remove();
    document.body.innerHTML = '';
  });

  it('makes one polygon per room with x,y in metres turned into lat = y, lng = x', () => {
    const layer = new RoomsLayer([ward, corridor]);

    const outline = (layer.polygonOf('main-1-101')?.getLatLngs()[0] as L.LatLng[]).map(({ lat, lng }) => [lat, lng]);
    expect(outline).toEqual([
      [2, 10],
      [2, 16],
      [7, 16],
      [7, 10],
    ]);
    expect(layer.polygonOf('main-1-c1')).toBeDefined();
    expect(layer.polygonOf('nowhere')).toBeUndefined();
  });

  it('fills each room by its type', () => {
    const layer = new RoomsLayer([ward, corridor]);

    expect(layer.polygonOf('main-1-101')?.options.fillColor).toBe(roomTypeLook('patient_room').fill);
    expect(layer.polygonOf('main-1-c1')?.options.fillColor).toBe(roomTypeLook('corridor').fill);
    expect(roomTypeLook('patient_room').fill).not.toBe(roomTypeLook('corridor').fill);
  });

  it('tags each SVG path with the room id once it is on the map', () => {
    new RoomsLayer([ward, corridor]).addTo(map);

    const paths = [...document.querySelectorAll('path.room-polygon')];
    expect(paths.map((path) => path.getAttribute('data-room-id'))).toEqual(['main-1-101', 'main-1-c1']);
    expect(paths[0].getAttribute('data-testid')).toBe('room-main-1-101');
    expect(paths[1].classList).toContain('room-type-corridor');
  });

  it('reports a click with the room id and outlines the selected room', () => {
    const onSelect = jest.fn();
    const layer = new RoomsLayer([ward, corridor], { onSelect });
    layer.addTo(map);

    layer.polygonOf('main-1-101')?.fire('click');
    expect(onSelect).toHaveBeenCalledWith('main-1-101');

    layer.select('main-1-101');
    expect(layer.polygonOf('main-1-101')?.options.weight).toBe(roomPathStyle('patient_room', 'selected').weight);
    layer.select('main-1-c1');
    expect(layer.polygonOf('main-1-101')?.options.weight).toBe(roomPathStyle('patient_room').weight);
  });

  it('highlights a room while hovered', () => {
    const layer = new RoomsLayer([ward]);
    layer.addTo(map);
    const polygon = layer.polygonOf('main-1-101');

    polygon?.fire('mouseover');
    expect(polygon?.options.fillOpacity).toBe(roomPathStyle('patient_room', 'hovered').fillOpacity);
    polygon?.fire('mouseout');
    expect(polygon?.options.fillOpacity).toBe(roomPathStyle('patient_room').fillOpacity);
  });

  it('writes room names inside rooms once zoomed in far enough, on hover before that', () => {
    const layer = new RoomsLayer([ward]);
    const polygon = layer.polygonOf('main-1-101') as L.Polygon;
    const hover = () => polygon.fire('mouseover', { latlng: L.latLng(4, 12) });
    const labels = () => document.querySelectorAll('.leaflet-tooltip.room-label').length;
    map.setZoom(0, { animate: false });
    layer.addTo(map);

    expect(labels()).toBe(0);
    hover();
    expect(polygon.isTooltipOpen()).toBe(true);
    polygon.fire('mouseout');

    map.setZoom(5, { animate: false });
    expect(labels()).toBe(1);
    hover();
    expect(polygon.isTooltipOpen()).toBe(false);

    map.setZoom(0, { animate: false });
    expect(labels()).toBe(0);
    hover();
    expect(polygon.isTooltipOpen()).toBe(true);
  });

  it('never writes names when the plan drawing carries them, and still names rooms on hover', () => {
    const layer = new RoomsLayer([ward], { writeNames: false });
    const polygon = layer.polygonOf('main-1-101') as L.Polygon;
    layer.addTo(map);
    map.setZoom(5, { animate: false });

    expect(document.querySelectorAll('.leaflet-tooltip.room-label')).toHaveLength(0);
    polygon.fire('mouseover', { latlng: L.latLng(4, 12) });
    expect(polygon.isTooltipOpen()).toBe(true);
  });

  it('keeps a labelled room safe to focus (Leaflet 1.9 leaves a throwing focus listener after unbindTooltip)', () => {
    const errors: unknown[] = [];
    const record = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', record);
    const layer = new RoomsLayer([ward]);
    layer.addTo(map);
    map.setZoom(5, { animate: false });

    layer.polygonOf('main-1-101')?.getElement()?.dispatchEvent(new FocusEvent('focus'));
    window.removeEventListener('error', record);

    expect(errors).toEqual([]);
    expect(layer.polygonOf('main-1-101')?.isTooltipOpen()).toBe(false);
  });

  it('takes everything off the map when removed', () => {
    const layer = new RoomsLayer([ward, corridor]);
    layer.addTo(map);
    map.setZoom(5, { animate: false });
    layer.remove();

    expect(document.querySelectorAll('path.room-polygon')).toHaveLength(0);
    expect(document.querySelectorAll('.room-label')).toHaveLength(0);
  });
});

describe('labelFits', () => {
  const size = { widthM: 6, heightM: 5 };

  it('fits a name once the room is wide and tall enough on screen', () => {
    // "Room 101" needs 8 × 7 + 12 = 68 px; 6 m is 48 px at zoom 3 and 96 px at zoom 4.
    expect(labelFits('Room 101', size, 3)).toBe(false);
    expect(labelFits('Room 101', size, 4)).toBe(true);
  });

  it('needs more room for a longer name', () => {
    expect(labelFits('Clean utility and linen store', size, 4)).toBe(false);
  });

  it('needs height as well as width', () => {
    expect(labelFits('Room 101', { widthM: 40, heightM: 0.5 }, 4)).toBe(false);
  });
});
