import type { DiagramData } from './model.ts';

/** What happens when a workspace member's tool is refused, and who unblocks it (FACTS §5). */
export const organizationDiagram: DiagramData = {
  id: 'organization-diagram',
  title: 'How a workspace member gets unblocked',
  chains: [
    {
      says: "A member's tool, signed in with the work account, sends a request; Claude refuses it because usage credits are off for them, used up, or held back by a spend limit; the member asks for more, from Claude, with /usage-credits in Claude Code or with a link from this site; an Owner switches credits on, adds funds or raises the limit at claude.ai/admin-settings/usage; the member retries and the request goes through.",
      nodes: [
        { kicker: 'Member', title: 'Sends a request', detail: 'from a tool signed in with the work account', tone: 'actor' },
        { kicker: 'Claude API', title: 'Refuses it', detail: 'credits off for them, used up, or a spend limit reached', tone: 'stops' },
        { kicker: 'Member', title: 'Asks for more', detail: 'from Claude, with /usage-credits, or with a link', tone: 'actor' },
        { kicker: 'Owner', title: 'Switches on, funds or raises', detail: 'in Organization settings > Usage', tone: 'pays' },
        { kicker: 'Member', title: 'Retries', detail: 'and the request goes through', tone: 'works' },
      ],
    },
  ],
  notes: [
    "A member's personal usage credits do not pay for work done with the organization's account: only the organization's balance and limits count.",
    'On usage-based Enterprise there are no usage credits: the organization prepays or is invoiced, within limits for the organization and each user.',
  ],
};
