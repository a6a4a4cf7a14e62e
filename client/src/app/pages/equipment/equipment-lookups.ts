import { type Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import type { EquipmentType } from '../../core/api/equipment.models';
import { type SitePlaces, SitePlacesService } from './site-places.service';

/*
 * What the equipment screens look names and choices up in, as signals. Call from a field initializer
 * (an injection context). A lookup that fails leaves codes and ids shown as they are: the screen's own
 * data still loads and reports its errors.
 */

/** The equipment types; empty until loaded. */
export function equipmentTypes(): Signal<EquipmentType[]> {
  return toSignal(inject(EquipmentApiService).types().pipe(catchError(() => of([]))), { initialValue: [] });
}

/** The floors and units of the floor plans; null until loaded. */
export function sitePlaces(): Signal<SitePlaces | null> {
  return toSignal(inject(SitePlacesService).places$.pipe(catchError(() => of(null))), { initialValue: null });
}
