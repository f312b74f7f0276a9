import type { VariantInput } from '../schema.ts';
import { common, githubIssue } from '../sources.ts';

export default {
  id: 'still-rejected',
  kind: 'situation',
  family: 'extra-usage',
  title: 'My balance is fine and it still fails',
  summary: 'The request may be read as a third-party app by its content, or the tool uses another account or a stale state.',
  cause:
    'A positive balance does not always end the rejections. Most often the request was classified as coming from a third-party app because of what it contained: a system prompt, tool names, marker strings, or a proxy that rewrote it. That can happen even to Claude Code, and the same account can pass one request and fail the next. Less often the tool is signed in to a different account, keeps the old error cached, or the credit landed in a personal balance when the organization needed it.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    { title: 'Confirm the account: sign out and in again in the tool, with the same account you checked the balance on.' },
    { title: 'Restart the tool and start a new session so no cached rejection is replayed.' },
    { title: 'Refresh claude.ai/settings/usage and check the claim or top-up really registered.' },
    { title: 'Turn off what changes the request: appended system prompts, plugins that rename tools (an mcp_ prefix), proxies that compress or rewrite the body.' },
    { title: 'Update the tool, and report the failure upstream with the request id if it continues.' },
  ],
  related: ['extra-usage-add-more', 'out-of-extra-usage', 'org-credit-claim', 'invalid-request'],
  sources: [
    githubIssue('anthropics/claude-code#45911', 'an appended system prompt with an <env> block'),
    githubIssue('griffinmartin/opencode-claude-auth#147', 'system prompt content triggering the message'),
    githubIssue('V1ki/dsh-plugin-subscriptions#88', 'tool names with an mcp_ prefix'),
    githubIssue('openclaw/openclaw#137413', 'internal marker strings of a harness'),
    githubIssue('decolua/9router#795', 'a compression proxy; turning it off fixed it'),
    common.email,
  ],
  reviewed: '2026-11-30',
  change: 'Adds the request-content causes found in public issue threads.',
} satisfies VariantInput;
