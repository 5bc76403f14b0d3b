import { describe, expect, it } from 'vitest';
import { formatMoment } from '@/lib/format-moment';

describe('formatMoment', () => {
  const now = new Date(2026, 11, 7, 15, 30);

  it('gives a moment of today as its time alone', () => {
    const today = new Date(2026, 11, 7, 9, 5).toISOString();

    expect(formatMoment(today, now)).not.toMatch(/2026/);
    expect(formatMoment(today, now)).toMatch(/9:05/);
  });

  it('gives an earlier day with its date', () => {
    const yesterday = new Date(2026, 11, 6, 9, 5).toISOString();

    expect(formatMoment(yesterday, now)).toMatch(/2026/);
    expect(formatMoment(yesterday, now)).toMatch(/9:05/);
  });
});
