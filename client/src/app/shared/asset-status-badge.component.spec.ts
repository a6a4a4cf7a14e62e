import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AssetStatus } from '../core/api/equipment.models';
import { AssetStatusBadgeComponent } from './asset-status-badge.component';

@Component({
  imports: [AssetStatusBadgeComponent],
  template: `<ww-asset-status-badge [status]="status()" [soiled]="soiled()" />`,
})
class HostComponent {
  readonly status = signal<AssetStatus>('available');
  readonly soiled = signal(false);
}

describe('AssetStatusBadgeComponent', () => {
  const render = (status: AssetStatus, soiled: boolean): HTMLElement => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.status.set(status);
    fixture.componentInstance.soiled.set(soiled);
    fixture.detectChanges();
    return fixture.nativeElement.querySelector('.status-badge') as HTMLElement;
  };
  const text = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ').trim();

  it('shows the status alone for a clean asset', () => {
    const badge = render('available', false);
    expect(text(badge)).toBe('Available');
    expect(badge.getAttribute('data-soiled')).toBeNull();
  });

  it('marks an available asset soiled by where it went, with why in its title', () => {
    const badge = render('available', true);
    expect(text(badge)).toBe('Available · soiled');
    expect(badge.getAttribute('data-soiled')).toBe('true');
    expect(badge.querySelector('.soiled')?.getAttribute('title')).toContain('isolation room');
  });

  it('does not say soiled twice when the status already does', () => {
    expect(text(render('soiled', true))).toBe('Soiled');
  });
});
