import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';

import { FOCAL_POINT } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { REPORT_DRAFT_PREFIX } from '../../storage/kept-drafts';
import { UserMenu } from './user-menu';

describe('UserMenu', () => {
  const draftKey = `${REPORT_DRAFT_PREFIX}.6650a1b2c3d4e5f6000000aa.KZ.${FOCAL_POINT.id}`;
  const otherPersonsKey = `${REPORT_DRAFT_PREFIX}.6650a1b2c3d4e5f6000000aa.KZ.someone-else`;
  const keptEdits = JSON.stringify({
    version: 4,
    savedAt: '2026-11-29T09:00:00.000Z',
    edits: { '1.1': { narrative: { text: 'Written on the train.', lang: 'en' } } },
  });
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let signedOut: number;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(UserMenu);
    fixture.componentRef.setInput('user', FOCAL_POINT);
    signedOut = 0;
    fixture.componentInstance.signOut.subscribe(() => (signedOut += 1));
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => localStorage.clear());

  async function clickSignOut(): Promise<void> {
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    await menu.clickItem({ text: /Sign out/ });
  }

  it('signs out at once when nothing unsaved is kept on this device for the person', async () => {
    localStorage.setItem(otherPersonsKey, keptEdits);
    await clickSignOut();
    expect(signedOut).toBe(1);
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toEqual([]);
    expect(localStorage.getItem(otherPersonsKey)).toBe(keptEdits);
  });

  it('asks first when report changes are kept unsaved, and staying keeps them', async () => {
    localStorage.setItem(draftKey, keptEdits);
    await clickSignOut();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain(
      'Some report changes you made on this device have not reached',
    );
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Stay signed in' }))).click();
    expect(signedOut).toBe(0);
    expect(localStorage.getItem(draftKey)).toBe(keptEdits);
  });

  it('deletes only this person’s kept changes when they choose to sign out', async () => {
    localStorage.setItem(draftKey, keptEdits);
    localStorage.setItem(otherPersonsKey, keptEdits);
    await clickSignOut();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Sign out and delete' }))).click();
    expect(signedOut).toBe(1);
    expect(localStorage.getItem(draftKey)).toBeNull();
    expect(localStorage.getItem(otherPersonsKey)).toBe(keptEdits);
  });
});
