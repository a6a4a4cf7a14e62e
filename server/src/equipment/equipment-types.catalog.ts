/**
 * The equipment types every installation starts with, added at start-up when missing (an existing
 * row is never overwritten, so a site's own tuning survives upgrades; a release can add types without
 * a migration).
 *
 * `missingAfterMinutes`: how long a tag may stay silent before its asset is presumed missing. These
 * are starting points, not standards: life-support and resuscitation equipment (ventilators,
 * defibrillators) is looked for sooner; equipment that routinely leaves gateway coverage with a
 * patient (wheelchairs to the car park, beds to theatre) later. Tune per site.
 */
export interface EquipmentTypeDefinition {
  code: string;
  name: string;
  missingAfterMinutes: number;
}

export const DEFAULT_EQUIPMENT_TYPES: readonly EquipmentTypeDefinition[] = [
  { code: 'infusion_pump', name: 'Infusion pump', missingAfterMinutes: 60 },
  { code: 'syringe_driver', name: 'Syringe driver', missingAfterMinutes: 60 },
  { code: 'enteral_feeding_pump', name: 'Enteral feeding pump', missingAfterMinutes: 60 },
  { code: 'ventilator', name: 'Ventilator', missingAfterMinutes: 30 },
  { code: 'patient_monitor', name: 'Patient monitor', missingAfterMinutes: 60 },
  { code: 'defibrillator', name: 'Defibrillator', missingAfterMinutes: 30 },
  { code: 'ecg_cart', name: 'ECG cart', missingAfterMinutes: 120 },
  { code: 'suction_unit', name: 'Suction unit', missingAfterMinutes: 120 },
  { code: 'bladder_scanner', name: 'Bladder scanner', missingAfterMinutes: 120 },
  { code: 'portable_ultrasound', name: 'Portable ultrasound', missingAfterMinutes: 120 },
  { code: 'wheelchair', name: 'Wheelchair', missingAfterMinutes: 240 },
  { code: 'bed', name: 'Bed', missingAfterMinutes: 240 },
  { code: 'patient_hoist', name: 'Patient hoist', missingAfterMinutes: 240 },
];
