/** Issue 24: the auto-approval policy lives in the stored policy, is changed by a member and audited, and `never` sends everything to the committee. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { sqliteHarness } from '../store/harnesses.js';
import { MEMBER_A, REQUESTER, cleanCampaign, serviceOn } from './approvals-suite.js';

describe('auto-approval policy', () => {
  const harness = sqliteHarness();
  let store: Store;
  beforeEach(async () => {
    store = await harness.open();
  });
  afterEach(async () => {
    await store.close();
    await harness.cleanup();
  });

  it('earns auto-approval by default; "never" sends a campaign the review passed to the committee, and the change is audited', async () => {
    const s = await serviceOn(store);
    expect((await s.policy.current()).policy.autoApprove).toBe('earned');
    expect((await s.submit(cleanCampaign, REQUESTER)).version.state).toBe('auto_approved');

    await s.policy.change(MEMBER_A, { autoApprove: 'never' });
    const changed = (await s.history()).filter((e) => e.action === 'policy_changed');
    expect(changed.at(-1)).toMatchObject({ actor: MEMBER_A, reason: 'auto-approve earned → never' });

    const { version } = await s.submit({ ...cleanCampaign, id: 'S9-c1' }, REQUESTER);
    expect(version).toMatchObject({ state: 'flagged', decision: 'review', findings: [{ code: 'POLICY_COMMITTEE_FOR_ALL', category: 'policy' }] });
    const log = await s.history('S9-c1');
    expect(log[0].detail).toMatchObject({ autoApprove: 'never' });
    expect(log[1].reason).toMatch(/POLICY_COMMITTEE_FOR_ALL/);
  });
});
