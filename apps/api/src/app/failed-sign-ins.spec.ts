import { FailedSignIns } from '@chainboard/server-users';

const MINUTE = 60_000;

describe('failed sign-ins per account', () => {
  it('lock the account when the limit is reached within the window, for the lock time', () => {
    const failed = new FailedSignIns(3, 15 * MINUTE, 10 * MINUTE);
    failed.fail('admin', 0);
    failed.fail('admin', 1 * MINUTE);
    expect(failed.lockedFor('admin', 1 * MINUTE)).toBe(0);
    failed.fail('admin', 2 * MINUTE);
    expect(failed.lockedFor('admin', 2 * MINUTE)).toBe(10 * MINUTE);
    expect(failed.begin('admin', 2 * MINUTE)).toBe(false);
    expect(failed.lockedFor('admin', 11 * MINUTE)).toBe(1 * MINUTE);
    expect(failed.lockedFor('admin', 12 * MINUTE)).toBe(0);
    // The lock started the count afresh.
    failed.fail('admin', 12 * MINUTE);
    expect(failed.lockedFor('admin', 12 * MINUTE)).toBe(0);
    // Other accounts are not touched.
    expect(failed.lockedFor('viewer', 2 * MINUTE)).toBe(0);
  });

  it('forget failures older than the window, and all of them after a success', () => {
    const failed = new FailedSignIns(3, 15 * MINUTE, 10 * MINUTE);
    failed.fail('staff.01', 0);
    failed.fail('staff.01', 1 * MINUTE);
    failed.fail('staff.01', 16 * MINUTE); // the first has left the window
    expect(failed.lockedFor('staff.01', 16 * MINUTE)).toBe(0);
    expect(failed.begin('staff.01', 16 * MINUTE)).toBe(true);
    failed.end('staff.01', 'success', 16 * MINUTE);
    failed.fail('staff.01', 17 * MINUTE);
    failed.fail('staff.01', 17 * MINUTE);
    expect(failed.lockedFor('staff.01', 17 * MINUTE)).toBe(0);
    failed.fail('staff.01', 17 * MINUTE);
    expect(failed.lockedFor('staff.01', 17 * MINUTE)).toBe(10 * MINUTE);
  });

  it('count attempts being checked, so that parallel guesses stop at the limit', () => {
    const failed = new FailedSignIns(3, 15 * MINUTE, 10 * MINUTE);
    failed.fail('admin', 0);
    expect(failed.begin('admin', 0)).toBe(true);
    expect(failed.begin('admin', 0)).toBe(true);
    expect(failed.begin('admin', 0)).toBe(false);
    // An attempt refused for its input, or cut short by a fault, is not a failure.
    failed.end('admin', 'other', 0);
    expect(failed.begin('admin', 0)).toBe(true);
    failed.end('admin', 'failure', 0);
    failed.end('admin', 'failure', 0);
    expect(failed.lockedFor('admin', 0)).toBe(10 * MINUTE);
  });

  it('track a bounded number of accounts, keeping locks over stale failures', () => {
    const failed = new FailedSignIns(2, MINUTE, 10 * MINUTE, 100);
    failed.fail('locked', 0);
    failed.fail('locked', 0);
    for (let i = 0; i < 1000; i++) failed.fail(`guess-${i}`, 2 * MINUTE + i);
    expect(failed.lockedFor('locked', 2 * MINUTE)).toBe(8 * MINUTE);
    expect((failed as unknown as { accounts: Map<string, unknown> }).accounts.size).toBeLessThanOrEqual(100);
  });
});
