import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'thinking-blocks',
  group: 'request',
  title: 'Thinking blocks changed or missing in the history',
  wordings: [
    {
      text: 'messages.<n>.content.<m>: `thinking` or `redacted_thinking` blocks in the latest assistant message cannot be modified. These blocks must remain as they were in the original response.',
      surface: 'Anthropic API (shown by Claude Code and other agents with extended thinking)',
      firstSeen: '2025-11-30',
      lastSeen: '2026-07-10',
      source: githubIssue('anthropics/claude-code#63147', 'a resumed extended-thinking session failing on every turn'),
    },
    {
      text: 'messages.<n>.content.<m>.thinking.signature: Field required',
      surface: 'Anthropic API, usually through a proxy or a format converter',
      firstSeen: '2026-02-07',
      lastSeen: '2026-07-21',
      source: githubIssue('lbjlaq/Antigravity-Manager#1650', 'thinking blocks relayed without their signature'),
    },
    {
      text: 'messages.<n>.content.<m>: Invalid `signature` in `thinking` block',
      surface: 'Anthropic API (Vertex AI through a proxy)',
      firstSeen: '2026-01-09',
      source: githubIssue('lbjlaq/Antigravity-Manager#498', 'a signature the API no longer accepts'),
    },
    {
      text: 'messages.<n>.content.<m>: Invalid `signature` in `thinking` block. The block is bound to a different conversation. Remove the block, or set `thinking.block_binding.prefix_mismatch_behavior` to "drop_block". That setting requires the `thinking-binding-controls-2026-08-01` value in the `anthropic-beta` header. <reason>',
      surface: 'Anthropic API (shown by opencode, Kiro and other agents)',
      firstSeen: '2026-09-12',
      source: githubIssue('anomalyco/opencode#48637', 'the longer refusal for a block bound to another conversation, 12 September 2026', {
        claim: 'The API refused a thinking block bound to another conversation, naming the drop_block opt-in; the system prompt had changed.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'messages.<n>.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceeding the lastmost set of `tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable `thinking`. Please consult our documentation at <url>',
      surface: 'Anthropic API',
      firstSeen: '2025-12-28',
      source: githubIssue('lbjlaq/Antigravity-Manager#139', 'thinking blocks dropped from the history by a proxy'),
    },
    {
      text: 'messages.<n>.content.<m>: When thinking is disabled, an `assistant` message in the final position cannot contain `thinking`. To use thinking blocks, enable `thinking` in your request.',
      surface: 'Anthropic API (also through OpenRouter and Vertex AI)',
      firstSeen: '2025-07-22',
      lastSeen: '2025-11-07',
      source: githubIssue('tailcallhq/forgecode#1195', 'the refusal through OpenRouter, 22 July 2025', {
        claim: 'The API refused a history whose final assistant message kept thinking blocks while thinking was off.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'messages.<n>.content.<m>: If an assistant message contains any thinking blocks, the first block must be thinking or redacted_thinking. Found text.',
      surface: 'Anthropic API (shown by Claude Code)',
      firstSeen: '2026-01-25',
      source: githubIssue('anthropics/claude-code#20705', 'Claude Code replaying text before thinking, 25 January 2026', {
        claim: 'Claude Code sent an assistant turn with text ahead of its thinking block and the API refused it.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'messages.<n>.content.<m>.thinking: each thinking block must contain thinking',
      surface: 'Anthropic API',
      firstSeen: '2026-03-14',
      source: githubIssue('Wei-Shaw/sub2api#996', 'switching Claude Code from a GPT model back to Claude mid-conversation'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The tool sent back thinking blocks that were altered, emptied or dropped. The API refuses them; a tool bug, not your account.',
  cause:
    'With extended thinking, each reasoning block comes with a signature, and the last assistant turn must be sent back exactly as it arrived. If a tool saves the block with its text emptied, reorders or merges blocks, drops them when converting formats, or mixes in a turn from another model, the signature no longer matches and the API refuses every following request. Resuming the session replays the same damaged block, which is why it keeps failing.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Update Claude Code first.',
      detail:
        'Its error reference says Opus 4.7 and 4.8 sessions need 2.1.156 or later; before that, normal tool use could trigger this and /rewind did not clear it.',
    },
    {
      title: 'Rewind to before the damaged turn.',
      detail:
        'Run /rewind or press Esc twice and pick a checkpoint before the failing message. If that fails, start a new session; resuming the old one replays the same block.',
    },
    {
      title: 'Keep one model family per conversation when a proxy converts formats.',
      detail: "Switching between Claude and another vendor's model mid-conversation has produced the missing-thinking forms.",
    },
    {
      title: 'If the block is bound to another conversation, keep its start unchanged.',
      detail: 'The last sentence says what changed, such as the system prompt. Developers can opt in to dropping such blocks instead.',
    },
    {
      title: 'Update or report the proxy, plugin or tool that rebuilds the history.',
    },
  ],
  related: ['tool-result-mismatch', 'empty-text-block', 'invalid-request'],
  sources: [
    cite(common.claudeCodeErrors, 'Opus 4.7 and 4.8 sessions needing 2.1.156 or later, and /rewind to a turn before the damaged block'),
    cite(common.claudeCodeChangelog, 'Claude Code fixes for thinking blocks changed or lost in the saved history'),
    githubIssue('anthropics/claude-code#63147', 'root cause in Claude Code: transcripts keep the signature but empty the thinking text'),
    githubIssue('anthropics/claude-code#63898', 'a /rewind to a checkpoint before the broken turn as the way out'),
    githubIssue('bastani-inc/atomic#1720', 'the same refusal in another agent in July 2026'),
    githubIssue('Wei-Shaw/sub2api#996', 'a GPT-to-Claude switch through a relay breaking thinking blocks'),
  ],
  reviewed: '2026-12-04',
  change: 'Adds the September 2026 refusal for a block bound to another conversation, with what it means and the opt-in it names.',
  signals: {
    phrases: [
      { phrase: 'blocks in the latest assistant message cannot be modified', weight: 3 },
      { phrase: 'thinking blocks cannot be modified', weight: 3 },
      { phrase: 'thinking.signature: field required', weight: 3 },
      // The same block replayed without its text (badrisnarayanan/antigravity-claude-proxy#373: "messages.71.content.0.
      // thinking.thinking: Field required").
      { phrase: 'thinking.thinking: field required', weight: 3 },
      { phrase: 'invalid signature in thinking block', weight: 3 },
      { phrase: 'a final assistant message must start with a thinking block', weight: 3 },
      { phrase: 'each thinking block must contain thinking', weight: 3 },
      { phrase: 'invalid data in redacted_thinking block', weight: 3 },
      { phrase: 'message in the final position cannot contain thinking', weight: 3 },
      { phrase: 'the first block must be thinking or redacted_thinking', weight: 3 },
      { phrase: 'the final block in an assistant message cannot be thinking', weight: 3 },
    ],
    cues: [
      ['thinking|redacted_thinking', 'signature|cannot be modified|must start|must remain|first block|final block'],
      ['thinking', 'block|blocks', 'invalid|expected|missing|modified|must|cannot'],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
