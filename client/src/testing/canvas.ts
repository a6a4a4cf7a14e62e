/**
 * jsdom has no canvas drawing: `getContext('2d')` answers null, and Leaflet's canvas renderer needs a
 * context. This one ignores every drawing call and records the text written, so specs can see the letters.
 */
export interface FakeCanvas {
  texts: string[];
}

export function installFakeCanvas(): FakeCanvas {
  const canvas: FakeCanvas = { texts: [] };
  const state: Record<string | symbol, unknown> = {};
  const context = new Proxy(state, {
    get: (target, key) => {
      if (key in target) return target[key];
      if (key === 'fillText') return (text: string) => canvas.texts.push(text);
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      return () => undefined;
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as never);
  return canvas;
}

/** jsdom lays nothing out, so a map container is 0 × 0 and a canvas draws nothing; give it a size. */
export function giveSize(element: HTMLElement, width = 800, height = 600): void {
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
}

/** Leaflet redraws a canvas on the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
