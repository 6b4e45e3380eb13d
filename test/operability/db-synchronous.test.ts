import { loadConfig } from '../../src/config';
import { openDb } from '../../src/db/client';

describe('SQLite durability setting', () => {
  it('is FULL unless CANOPY_DB_SYNCHRONOUS relaxes it, and refuses other values at start', () => {
    expect(loadConfig({}).dbSynchronous).toBe('FULL');
    expect(loadConfig({ CANOPY_DB_SYNCHRONOUS: 'normal' }).dbSynchronous).toBe('NORMAL');
    expect(() => loadConfig({ CANOPY_DB_SYNCHRONOUS: 'OFF' })).toThrow(
      'CANOPY_DB_SYNCHRONOUS must be FULL or NORMAL, got "OFF"',
    );
  });

  it('opens the database with that mode (FULL = 2, NORMAL = 1)', async () => {
    for (const [mode, value] of [
      ['FULL', 2],
      ['NORMAL', 1],
    ] as const) {
      const opened = openDb(':memory:', undefined, mode);
      expect(opened.sqlite!.pragma('synchronous', { simple: true })).toBe(value);
      await opened.close();
    }
  });
});
