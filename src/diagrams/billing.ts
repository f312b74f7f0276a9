import type { DiagramData } from './model.ts';

/** How a request is paid for since 4 April 2026, per Anthropic's email of 3 April 2026 and the help center. */
export const billingDiagram: DiagramData = {
  id: 'billing-diagram',
  title: 'Which balance pays for a request',
  chains: [
    {
      says:
        "Anthropic's own apps (claude.ai, Claude Code, Claude Cowork) signed in with your plan are paid from the plan's limits; when a usage window is used up, you wait for the reset or continue on extra usage.",
      nodes: [
        { kicker: 'Sent by', title: "Anthropic's own apps", detail: 'claude.ai, Claude Code, Claude Cowork, signed in with your plan', tone: 'actor' },
        { kicker: 'Paid from', title: "The plan's limits", detail: 'included in the subscription, in session and weekly windows', tone: 'pays' },
        { kicker: 'When used up', title: 'Wait for the reset', detail: 'or continue on extra usage, if it is turned on', tone: 'stops' },
      ],
    },
    {
      says:
        'Third-party apps signed in with a Claude login are paid from extra usage, a prepaid balance billed at API rates with a monthly cap and optional auto-reload (in a workspace, one shared balance that admins fund); when it is empty, off or capped, the request is rejected with an extra-usage message.',
      nodes: [
        { kicker: 'Sent by', title: 'Third-party apps', detail: 'any outside tool signed in with a Claude login', tone: 'actor' },
        { kicker: 'Paid from', title: 'Extra usage', detail: 'prepaid, at API rates; monthly cap, auto-reload; a workspace shares one balance', tone: 'pays' },
        { kicker: 'When used up', title: 'Request rejected', detail: 'an extra-usage message until funds are added (by an admin, in a workspace)', tone: 'stops' },
      ],
    },
    {
      says:
        "Any tool with an API key from the Claude Console goes to API billing, per token on the Console account and apart from the plan and extra usage; when that account has no credit, the API answers that the credit balance is too low.",
      nodes: [
        { kicker: 'Sent by', title: 'Any tool with an API key', detail: 'a key from the Claude Console', tone: 'actor' },
        { kicker: 'Paid from', title: 'API billing', detail: 'per token, on the Console account; extra usage plays no part', tone: 'pays' },
        { kicker: 'When used up', title: '“Credit balance too low”', detail: 'until funds are added in the Console', tone: 'stops' },
      ],
    },
  ],
  notes: [
    'A request from Claude Code can still be treated as a third-party app’s when something in it (an added system prompt, a plugin, a proxy) makes it look like one.',
    'Since 15 June 2026 a monthly credit on Claude plans also covers the Agent SDK, claude\u00a0-p, Claude Code GitHub Actions and apps built on the Agent SDK; its amount per plan is not confirmed here.',
  ],
};
