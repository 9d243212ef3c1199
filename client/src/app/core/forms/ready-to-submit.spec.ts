import { FormControl, FormGroup } from '@angular/forms';

import { readyToSubmit } from './ready-to-submit';
import { requiredValue } from './validators';

describe('readyToSubmit', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('form');
    host.innerHTML = `
      <input class="name ng-valid" />
      <textarea class="note ng-invalid"></textarea>
      <input class="email ng-invalid" />
    `;
    document.body.append(host);
  });

  afterEach(() => host.remove());

  function form(name: string, note: string): FormGroup {
    return new FormGroup({
      name: new FormControl(name, requiredValue),
      note: new FormControl(note, requiredValue),
    });
  }

  it('lets a form without problems go, touching nothing', () => {
    const valid = form('Ada', 'Hello');

    expect(readyToSubmit(valid, host)).toBeTrue();
    expect(valid.touched).toBeFalse();
  });

  it('holds back a form with problems, shows them all and focuses the first', () => {
    const invalid = form('Ada', '');

    expect(readyToSubmit(invalid, host)).toBeFalse();
    expect(invalid.controls['name'].touched).toBeTrue();
    expect(invalid.controls['note'].touched).toBeTrue();
    expect(document.activeElement).toBe(host.querySelector('.note'));
  });
});
