import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { User } from '../app/core/api/auth.models';
import { AuthService } from '../app/core/auth/auth.service';

/** Signs `user` in the way the app does at start-up: the server answers `GET /api/auth/me`. */
export async function signInAs(user: User): Promise<void> {
  const restoring = TestBed.inject(AuthService).restoreSession();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush({ user });
  await restoring;
}
