// Issue 12, item 2: numbers that are not figures never reach the panel. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/figures';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('phone numbers written with spaces', () => {
  it.each([
    'For a free quote ring 0800 321 7788 before Friday.',
    'The box office is on 020 3946 0101.',
    'Bookings: 01865 333 120',
    'Readers abroad can call +1 (555) 203-4411 at any hour.',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
  it('keeps a count that follows a phone number', () => {
    expect(texts('Ring 0161 555 0123; 240 tickets are left.')).toEqual(['240 tickets']);
  });
});

describe('a team record is not a count', () => {
  it('drops "(3-1-2)" and keeps the player line figures', () => {
    expect(texts('Eastbrook (3-1-2): Ana Ruiz 2 goals, 1 assist.')).not.toContain('2');
    expect(texts('Eastbrook (3-1-2): Ana Ruiz 2 goals, 1 assist.')).toContain('2 goals');
  });
});
