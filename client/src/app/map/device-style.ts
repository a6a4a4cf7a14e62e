import type { DeviceType } from '../core/api/floorplan.models';

interface DeviceTypeLook {
  label: string;
  colour: string;
}

export const DEVICE_TYPE_LOOKS: Readonly<Record<DeviceType, DeviceTypeLook>> = {
  ble_gateway: { label: 'BLE gateway', colour: '#2563a6' },
  hand_hygiene_dispenser: { label: 'Hand-hygiene dispenser', colour: '#0b7d78' },
  environment_sensor: { label: 'Environment sensor', colour: '#6d3fc0' },
  medication_cabinet: { label: 'Medication cabinet', colour: '#b5470f' },
  door_counter: { label: 'Door counter', colour: '#8a6d00' },
};

const UNKNOWN_DEVICE: DeviceTypeLook = { label: 'Device', colour: '#52606d' };

export function deviceTypeLook(type: DeviceType): DeviceTypeLook {
  return DEVICE_TYPE_LOOKS[type] ?? UNKNOWN_DEVICE;
}
