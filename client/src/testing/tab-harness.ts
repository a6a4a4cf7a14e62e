import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CsvCell, CsvDownloadService } from '../app/shared/csv';
import { flushPromises } from './fixtures';

export interface SavedCsv {
  fileName: string;
  rows: readonly (readonly CsvCell[])[];
}

/** A tab component on its own with a fake backend, links that resolve, and the CSV files it saves kept for reading. */
export interface TabHarness<C> {
  backend: HttpTestingController;
  saved: SavedCsv[];
  create(): ComponentFixture<C>;
  /** Lets answered requests and the change detection they cause run. */
  settle(): Promise<void>;
}

export function tabHarness<C>(component: Type<C>): TabHarness<C> {
  const saved: SavedCsv[] = [];
  TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CsvDownloadService, useValue: { save: (fileName: string, rows: SavedCsv['rows']) => saved.push({ fileName, rows }) } },
    ],
  });
  let fixture: ComponentFixture<C> | undefined;
  return {
    backend: TestBed.inject(HttpTestingController),
    saved,
    create: () => (fixture = TestBed.createComponent(component)),
    settle: async () => {
      await flushPromises();
      await fixture?.whenStable();
    },
  };
}
