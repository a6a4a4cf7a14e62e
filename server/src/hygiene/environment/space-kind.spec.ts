import { spaceKindOf } from './space-kind.js';

describe('the kind of space a sensor watches', () => {
  it('is a medication fridge for a sensor named "Med fridge…", even in a patient room', () => {
    expect(spaceKindOf('Med fridge, Med room', { type: 'medication_room', isolation: 'none' })).toBe('medication_fridge');
    expect(spaceKindOf('Med fridge 2', { type: 'patient_room', isolation: 'airborne' })).toBe('medication_fridge');
    expect(spaceKindOf('Med fridge', undefined)).toBe('medication_fridge');
  });

  it('follows the room’s isolation before its type', () => {
    expect(spaceKindOf('Env 1', { type: 'patient_room', isolation: 'airborne' })).toBe('airborne_isolation');
    expect(spaceKindOf('Env 1', { type: 'patient_room', isolation: 'protective' })).toBe('protective_environment');
    expect(spaceKindOf('Env 1', { type: 'patient_room', isolation: 'contact' })).toBe('patient_room');
  });

  it('follows the room type for operating and patient rooms, and is general otherwise', () => {
    expect(spaceKindOf('Env OR 3', { type: 'operating_room', isolation: 'none' })).toBe('operating_room');
    expect(spaceKindOf('Env 1', { type: 'patient_room', isolation: 'none' })).toBe('patient_room');
    expect(spaceKindOf('Env corridor', { type: 'corridor', isolation: 'none' })).toBe('general');
    expect(spaceKindOf('Env, nowhere', undefined)).toBe('general');
    expect(spaceKindOf('Fridge (med)', { type: 'medication_room', isolation: 'none' })).toBe('general');
  });
});
