import { agentSdkCreditStatus } from '../catalogue/world.ts';
import type { DiagramData } from './model.ts';

/** How a request is paid for since 4 April 2026, per Anthropic's email of 3 April 2026, the help center and the 15 June 2026 pause. */
export const billingDiagram: DiagramData = {
  id: 'billing-diagram',
  title: 'Which balance pays for a request',
  chains: [
    {
      says: "Anthropic's own apps (claude.ai, Claude Code, Claude Cowork) signed in with your plan are paid from the plan's limits; when a usage window is used up, you wait for the reset or continue on usage credits.",
      nodes: [
        {
          kicker: 'Sent by',
          title: "Anthropic's own apps",
          detail: 'claude.ai, Claude Code, Claude Cowork, signed in with your plan',
          tone: 'actor',
        },
        { kicker: 'Paid from', title: "The plan's limits", detail: 'included in the subscription, in session and weekly windows', tone: 'pays' },
        { kicker: 'When used up', title: 'Wait for the reset', detail: 'or continue on usage credits, if they are turned on', tone: 'stops' },
      ],
    },
    {
      says: 'Third-party apps signed in with a Claude login are paid from usage credits (formerly called extra usage), a balance billed at API rates with a monthly spend limit and optional auto-reload (in an organization, one shared balance that Owners fund); when it is empty, off or capped, the request is rejected with a message that still says extra usage.',
      nodes: [
        { kicker: 'Sent by', title: 'Third-party apps', detail: 'any outside tool signed in with a Claude login', tone: 'actor' },
        {
          kicker: 'Paid from',
          title: 'Usage credits',
          detail: 'at API rates; monthly spend limit, auto-reload; an organization shares one balance',
          tone: 'pays',
        },
        { kicker: 'When used up', title: 'Request rejected', detail: 'until credits are added (by an Owner, in an organization)', tone: 'stops' },
      ],
    },
    {
      says: 'Any tool with an API key from the Claude Console goes to API billing, per token on the Console account and apart from the plan and usage credits; when that account has no credit, the API answers that the credit balance is too low.',
      nodes: [
        { kicker: 'Sent by', title: 'Any tool with an API key', detail: 'a key from the Claude Console', tone: 'actor' },
        { kicker: 'Paid from', title: 'API billing', detail: 'per token, on the Console account; usage credits play no part', tone: 'pays' },
        { kicker: 'When used up', title: '“Credit balance too low”', detail: 'until funds are added in the Console', tone: 'stops' },
      ],
    },
  ],
  notes: [
    'A request from Claude Code can still be treated as a third-party app’s when something in it (an added system prompt, a plugin, a proxy) makes it look like one.',
    agentSdkCreditStatus,
  ],
};
