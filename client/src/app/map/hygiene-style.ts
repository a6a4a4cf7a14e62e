import type { CleaningState } from '../core/api/hygiene.models';

/**
 * Colours of the hygiene layer and the hygiene page, shared so the map and the cleaning board agree:
 * green clean, grey dirty (the default of a room with nothing on record), blue while being cleaned,
 * red when a terminal clean is required.
 */
export const CLEANING_STATE_COLOURS: Readonly<Record<CleaningState, string>> = {
  clean: '#1a7f37',
  dirty: '#8a6d3b',
  in_progress: '#2563a6',
  needs_terminal_clean: '#b42318',
};

/** Compliance bands. The cut-offs are for reading the map at a glance, not a standard: published electronic-monitoring compliance is typically 30–60 %. */
export const COMPLIANCE_BANDS = [
  { atLeast: 0.8, colour: '#1a7f37', label: '80 % or more' },
  { atLeast: 0.6, colour: '#caa100', label: '60–79 %' },
  { atLeast: 0.4, colour: '#b54708', label: '40–59 %' },
  { atLeast: 0, colour: '#b42318', label: 'Under 40 %' },
] as const;

/** A room without opportunities in the period. */
export const NO_COMPLIANCE_COLOUR = '#c5ccd4';

/** An open environment excursion: the room's outline. */
export const EXCURSION_OUTLINE = '#6d3fc0';

export function complianceColour(compliance: number | null): string {
  if (compliance === null) return NO_COMPLIANCE_COLOUR;
  return COMPLIANCE_BANDS.find((band) => compliance >= band.atLeast)?.colour ?? NO_COMPLIANCE_COLOUR;
}
