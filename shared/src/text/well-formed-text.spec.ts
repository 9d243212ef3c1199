import { isWellFormedText, wellFormedString } from './well-formed-text.js';

describe('isWellFormedText', () => {
  it('accepts plain, Cyrillic and astral text (a surrogate pair is one character)', () => {
    expect(isWellFormedText('Work started in Vienna')).toBeTrue();
    expect(isWellFormedText('Работа начата')).toBeTrue();
    expect(isWellFormedText('done \ud83d\ude42')).toBeTrue();
    expect(isWellFormedText('')).toBeTrue();
  });

  it('refuses a lone high or low surrogate anywhere, and a pair in the wrong order', () => {
    expect(isWellFormedText('broken \ud800 text')).toBeFalse();
    expect(isWellFormedText('\udfff')).toBeFalse();
    expect(isWellFormedText('end \ud83d')).toBeFalse();
    expect(isWellFormedText('\ude42\ud83d')).toBeFalse();
  });
});

describe('wellFormedString', () => {
  it('fails validation with a message a person can act on, and keeps chained checks', () => {
    const schema = wellFormedString().trim().min(1, 'must not be empty');
    expect(schema.parse(' ok ')).toBe('ok');
    const result = schema.safeParse('broken \ud800 text');
    expect(result.success).toBeFalse();
    expect(result.error?.issues[0]?.message).toBe('must not contain broken characters (a lone UTF-16 surrogate)');
    expect(schema.safeParse(' ').error?.issues[0]?.message).toBe('must not be empty');
  });
});
