import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'too-many-cache-breakpoints',
  group: 'request',
  title: 'More than four cache_control breakpoints',
  wordings: [
    {
      text: 'A maximum of 4 blocks with cache_control may be provided. Found <n>.',
      surface: 'Anthropic API (shown by Claude Code, OpenCode plugins, Pi through proxies, SDKs)',
      firstSeen: '2024-09-26',
      lastSeen: '2026-08-05',
      source: githubIssue('router-for-me/CLIProxyAPI#339', 'a proxy adding a fifth cache_control block to requests that already had four'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The request marked more than four blocks for prompt caching; the API allows four. Something in the tool chain added one too many.',
  cause:
    "Prompt caching works by tagging blocks of the request with cache_control, and a request may carry at most four such tags. Each layer can add its own: the tool, a plugin, a relay that injects a system prompt, a proxy with a caching option. None of them sees the others' tags, so together they pass four and the API refuses the whole request. Nothing is wrong with your account or balance.",
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Update the tool and every plugin, relay or proxy in the path.',
      detail: 'Some clients now cap their own tags at four; a layer added later can still push the total over.',
    },
    {
      title: 'Turn off extra caching options in the middle layers.',
      detail: 'A proxy or client option that adds its own cache_control (for example an "anthropic" cache format setting) is a common fifth tag.',
    },
    {
      title: 'Try the tool without the relay or proxy.',
      detail: 'If the error stops, the layer you removed is the one to update or report.',
    },
    {
      title: 'Report it with the number after "Found" and the chain you use.',
    },
  ],
  related: ['extra-inputs-not-permitted', 'invalid-request', 'llm-request-rejected'],
  sources: [
    cite(common.openclaw2026_9_6, 'its rewording of this refusal behind the prefix (dist/assistant-request-failure-copy)'),
    cite(common.apiErrors, 'the 400 invalid_request_error a request with more than four cache_control blocks gets'),
    githubIssue('router-for-me/CLIProxyAPI#339', 'root cause: the proxy injected a cached system block on top of four'),
    githubIssue('router-for-me/CLIProxyAPI#4795', "the same 400 in August 2026 with Pi's anthropic cache format turned on"),
    githubIssue('VicBilibily/GCMP#83', 'a plugin author noting that some relays add their own breakpoint'),
    githubIssue('bug-ops/zeph#1568', 'a client capping its cache_control markers at four'),
    githubIssue('anthropics/claude-code#8901', 'the message from Claude Code 2.0.5'),
    githubIssue('griffinmartin/opencode-claude-auth#121', 'the message from an OpenCode auth plugin'),
  ],
  reviewed: '2026-12-06',
  change: 'OpenClaw 2026.9.6 rewords this refusal behind its prefix; its words are shown.',
  signals: {
    phrases: [
      { phrase: 'a maximum of 4 blocks with cache_control may be provided', weight: 3 },
      { phrase: 'blocks with cache_control may be provided', weight: 2 },
      // OpenClaw 2026.9.6's rewording behind its prefix ("LLM request rejected: provider allows at most 4 cache_control
      // blocks; the request contained 5."; dist/assistant-request-failure-copy).
      { phrase: 'cache_control blocks; the request contained', weight: 3 },
    ],
    cues: [['cache_control|cache control|cache breakpoints', 'maximum|max|too many|more than|exceed|exceeds|limit']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
