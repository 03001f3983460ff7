import { Logger } from '@nestjs/common';
import { serverRoundTrip } from './roundtrip';

describe('backup and restore (pg_dump -Fc / pg_restore)', () => {
  beforeAll(() => Logger.overrideLogger(['error']));

  it('reproduces every table’s row count and checksum, over the changed database and into a fresh one', async () => {
    const r = await serverRoundTrip();
    const rows = Object.fromEntries(r.before.map((t) => [t.table, t.rows]));
    // The backup held the app's schema with the plan's seed and the edits' audit entries, not an empty database.
    expect(r.before.length).toBeGreaterThan(40);
    expect(rows['company']).toBeGreaterThan(10);
    expect(rows['industry_chain']).toBe(4);
    expect(rows['audit_entry']).toBeGreaterThan(0);
    expect(r.overChanged).toEqual(r.before);
    expect(r.fresh).toEqual(r.before);
  });
});
