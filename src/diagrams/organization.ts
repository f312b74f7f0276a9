import type { DiagramData } from './model.ts';

/** What happens when a workspace member's tool is refused, and who unblocks it. */
export const organizationDiagram: DiagramData = {
  id: 'organization-diagram',
  title: 'How a workspace member gets unblocked',
  chains: [
    {
      says:
        "A member's tool, signed in with the work account, sends a request; the Claude API rejects it because the workspace credit is unclaimed or its shared balance is empty; the member asks an Owner or Admin; the admin claims the credit or adds funds at claude.ai/settings/usage; the member retries and the request goes through.",
      nodes: [
        { kicker: 'Member', title: 'Sends a request', detail: 'from a tool signed in with the work account', tone: 'actor' },
        { kicker: 'Claude API', title: 'Rejects it', detail: 'the workspace credit is unclaimed, or the shared balance is empty', tone: 'stops' },
        { kicker: 'Member', title: 'Asks an admin', detail: 'an Owner or Admin: only they can act', tone: 'actor' },
        { kicker: 'Owner or Admin', title: 'Claims or adds funds', detail: "on claude.ai's usage settings page, then sets auto-reload and a cap", tone: 'pays' },
        { kicker: 'Member', title: 'Retries', detail: 'and the request goes through', tone: 'works' },
      ],
    },
  ],
  notes: [
    "A member's personal credit does not pay for work requests: the workspace balance is separate, and only an Owner or Admin can claim or fund it.",
    'If the claim banner was dismissed, the admin can still check the balance on the same page.',
  ],
};
