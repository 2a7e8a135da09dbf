/**
 * The playground's example: maria writes a campaign with a watching tone through Segbot's review
 * form (`/segment review`), as a person would, so that the reviewer flags it and the committee's
 * buttons can be tried at once in #segbot-review.
 */
import type { Standin } from './standin.js';

export async function submitExampleCampaign(standin: Standin): Promise<boolean> {
  await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/segment', text: 'review' });
  const deadline = Date.now() + 5_000;
  let modal = standin.modals('U0MARKETER').at(-1);
  while (!modal && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    modal = standin.modals('U0MARKETER').at(-1);
  }
  if (!modal) return false;
  const reply = await standin.sendViewSubmission({
    user: 'U0MARKETER',
    view: modal,
    values: {
      channel: { value: 'email' },
      audience: { value: 'Customers who bought candles in the last 30 days' },
      message: { value: 'We noticed you bought candles last month: here is 10% off your next order.' },
      offer: { value: '10% off the next order' },
    },
  });
  return reply.status === 200;
}
