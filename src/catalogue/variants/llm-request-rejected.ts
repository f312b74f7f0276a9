import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'llm-request-rejected',
  group: 'tool',
  title: 'LLM request rejected (OpenClaw prefix)',
  wordings: [
    {
      text: 'LLM request rejected: <message>',
      surface: 'OpenClaw, in front of a 400 invalid_request_error it has no text of its own for',
      firstSeen: '2026-02-02',
      lastSeen: '2026-07-28',
      source: githubIssue('openclaw/openclaw#114946', 'the prefix on a Discord gateway on 28 July 2026, in front of a tool_result field error'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    "OpenClaw's prefix for a request the provider refused with a 400. It names no cause: the words after the colon decide which guide applies.",
  cause:
    'OpenClaw puts "LLM request rejected:" in front of the message a provider returns with a 400 invalid_request_error when it has no friendlier text for it. The prefix only says the request was refused; the provider\'s own words follow the colon. In April 2026 those words were often the extra-usage refusals. Later OpenClaw releases class those as billing errors and show a billing warning instead, so today the prefix more often carries a request the API found malformed, such as a tool_use block without its tool_result. One report shows the same prefix from the Telegram channel plugin for Claude Code.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Find the whole line: the words after "LLM request rejected:".',
      detail: 'Scroll back in the chat or terminal, or follow the log with openclaw logs --follow and repeat the request.',
    },
    { title: 'Paste that line into the box on the home page; the message after the colon picks the guide.' },
    {
      title: 'If the words mention messages, tool_use, tool_result or a missing field, start a fresh session with /new.',
      detail: 'A damaged conversation history is the usual cause; money does not help.',
    },
    {
      title: "If the tool talks to another provider, the words after the colon are that provider's.",
      detail: "A numeric code such as (2013) is not Anthropic's; look in that provider's documentation.",
    },
  ],
  related: [
    'out-of-extra-usage',
    'extra-usage-add-more',
    'openclaw-billing-error',
    'openclaw-schema-rejected',
    'invalid-request',
    'api-credit-too-low',
  ],
  sources: [
    githubIssue('openclaw/openclaw#6971', "the prefix on 2 February 2026, in front of another provider's error code (2013)"),
    githubIssue('techartdev/OpenClawHomeAssistant#83', 'the prefix in front of a tool_use/tool_result error from Claude, February 2026'),
    githubIssue('openclaw/openclaw#48526', 'the prefix in front of "Your credit balance is too low" in OpenClaw logs, March 2026'),
    githubIssue('anthropics/claude-code#43810', 'the prefix in front of "You\'re out of extra usage" in an OpenClaw log, 5 April 2026'),
    githubIssue('openclaw/openclaw#93763', 'the billing warning OpenClaw shows subscription logins instead (merged June 2026)'),
    githubIssue('openclaw/openclaw#115642', 'OpenClaw classing "out of extra usage" as billing and cooling the provider down, July 2026'),
    {
      title: 'OpenClaw FAQ: "LLM request rejected: messages…tool_use.input field required" means a stale or damaged session; /new starts a fresh one',
      url: 'https://github.com/openclaw/openclaw/blob/main/docs/help/faq.md',
    },
    githubIssue('openclaw/openclaw#114946', 'the prefix on 28 July 2026, in front of a tool_result field error'),
    githubIssue('anthropics/claude-plugins-official#787', "the same prefix from Claude Code's Telegram channel plugin, March 2026"),
    common.apiErrors,
  ],
  reviewed: '2026-11-30',
  change: 'Says what OpenClaw puts behind the prefix today and maps the common messages after it to their guides.',
  signals: {
    phrases: [{ phrase: 'llm request rejected', weight: 2 }],
    specificity: 0,
    statuses: [400],
  },
} satisfies VariantInput;
