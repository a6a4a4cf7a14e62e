import type { AssetStatus } from '../core/api/equipment.models';

/**
 * Marker fill by status. Green means "take it", red "look for it"; in use, dirty, being cleaned and in
 * the workshop each get a distinct hue, and retired is grey. The type's letters are written over it.
 */
export const ASSET_STATUS_COLOURS: Readonly<Record<AssetStatus, string>> = {
  available: '#1a7f37',
  in_use: '#2563a6',
  soiled: '#9a5b13',
  cleaning: '#0e7c86',
  maintenance: '#6d3fc0',
  missing: '#b42318',
  retired: '#6b7785',
};

/** `infusion_pump` → `IP`, `ventilator` → `V`: what a marker says its type is, in at most two letters. */
export function typeLetters(typeCode: string): string {
  const words = typeCode.split(/[_\s-]+/).filter((word) => word !== '');
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
