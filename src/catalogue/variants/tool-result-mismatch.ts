import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'tool-result-mismatch',
  group: 'request',
  title: 'Tool call and tool result out of step',
  wordings: [
    {
      text: 'messages.<n>: `tool_use` ids were found without `tool_result` blocks immediately after: <id>. Each `tool_use` block must have a corresponding `tool_result` block in the next message.',
      surface: 'Anthropic API (shown by Claude Code, OpenClaw, OpenCode, Kilo Code, proxies)',
      firstSeen: '2025-05-22',
      lastSeen: '2026-04-29',
      source: githubIssue('Kilo-Org/kilocode#5163', 'the full message from a VS Code extension on Vertex AI'),
    },
    {
      text: 'messages.<n>.content.<m>: unexpected `tool_use_id` found in `tool_result` blocks: <id>. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
      surface: 'Anthropic API',
      firstSeen: '2025-03-21',
      lastSeen: '2026-05-27',
      source: githubIssue('openclaw/openclaw#8536', 'the reverse case behind OpenClaw\'s "LLM request rejected:" prefix'),
    },
    {
      text: 'API Error: 400 due to tool use concurrency issues. Run /rewind to recover the conversation.',
      surface: 'Claude Code',
      firstSeen: '2025-10-07',
      lastSeen: '2026-08',
      source: githubIssue('anthropics/claude-code#9433', 'the Claude Code wording of the same 400'),
    },
    {
      text: 'messages.<n>.content.<m>: unexpected `tool_use_id` found in `advisor_tool_result` blocks: <id>. Each `advisor_tool_result` block must have a corresponding `server_tool_use` block before it.',
      surface: 'Anthropic API (Claude Code advisor tool)',
      firstSeen: '2026-06-01',
      lastSeen: '2026-06-09',
      source: githubIssue('anthropics/claude-code#64383', 'the advisor-tool form in Claude Code 2.1.159'),
    },
    {
      text: 'messages.<n>.content.<m>: `tool_use` ids must be unique',
      surface: 'Anthropic API (Claude Code 2.1.19)',
      firstSeen: '2026-01-26',
      lastSeen: '2026-01-26',
      source: githubIssue('anthropics/claude-code#21083', 'duplicate tool ids in Claude Code 2.1.19; downgrading to 2.1.17 cleared it'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The history your tool sent has a tool call without its result, or a result without its call. A bug in the tool, not your account.',
  cause:
    'Every tool call (tool_use) must be answered by a tool_result with the same id in the very next message, and no result may point at a call that is not there. When a tool call is interrupted, times out, runs in parallel with one that fails, or is dropped while the history is compacted or repaired, the tool sends a history that breaks this rule and the API refuses it. Because the whole history is re-sent on every turn, the same 400 then returns on each new message until the broken turn leaves the conversation.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Step back to before the broken turn.',
      detail:
        'In Claude Code run /rewind or press Esc twice and pick an earlier message; in OpenClaw use /new or /reset; elsewhere start a new conversation.',
    },
    {
      title: 'Update the tool and anything between it and the API.',
      detail:
        'Claude Code fixed causes of this in 2.1.7 and 2.1.9; its error reference says Opus 4.7 and 4.8 users need 2.1.156 or later. Update plugins, relays and proxies too.',
    },
    {
      title: "If it keeps coming back, report it to the tool's maintainer.",
      detail:
        'Include the full message, the request_id, the tool version, and what ran just before (an interrupted command, parallel tools, a compaction).',
    },
  ],
  related: ['thinking-blocks', 'invalid-request', 'llm-request-rejected', 'openclaw-schema-rejected', 'empty-text-block'],
  sources: [
    cite(common.apiErrors, 'the 400 invalid_request_error that carries the tool_use and tool_result refusals'),
    cite(common.claudeCodeErrors, '/rewind as the way back, and Opus 4.7 and 4.8 users needing 2.1.156 or later'),
    cite(common.claudeCodeChangelog, 'the fixes in 2.1.7 and 2.1.9 for tool calls and results falling out of step'),
    githubIssue('anthropics/claude-code#6836', "the maintainers' tracking issue for tool_use/tool_result mismatches (150+ reports)"),
    githubIssue('techartdev/OpenClawHomeAssistant#83', 'the message behind "LLM request rejected:", traced to OpenClaw itself'),
    githubIssue('openclaw/openclaw#8536', "OpenClaw's transcript repair leaving orphaned results; /new or /reset cleared it"),
    githubIssue('docker/docker-agent#2906', "a maintainer's reading of the error; a new thread fixed it for the reporter"),
  ],
  reviewed: '2026-11-30',
  change: "First version: both directions of the mismatch, Claude Code's concurrency wording and the advisor-tool form.",
  signals: {
    phrases: [
      // A tool call put in the wrong turn (microsoft/agent-framework#4329).
      { phrase: 'tool_use blocks can only be in assistant messages', weight: 3 },
      { phrase: 'tool_use ids were found without tool_result blocks', weight: 3 },
      // The newer form names where the result should have been (anthropics/claude-code#8286).
      { phrase: 'no tool_result block was found immediately after', weight: 3 },
      { phrase: 'unexpected tool_use_id found in', weight: 3 },
      // Amazon Bedrock's Converse form (RooCodeInc/Roo-Code#10015).
      { phrase: 'expected toolresult blocks at messages', weight: 3 },
      // The other direction in the same API, more results than calls (maxnowack/anthropic-proxy#5): "The number of toolResult
      // blocks at messages.4.content exceeds the number of toolUse blocks of previous turn." Bedrock says it for any model.
      { phrase: 'exceeds the number of tooluse blocks of previous turn', weight: 3, onCloud: true },
      { phrase: 'due to tool use concurrency issues', weight: 3 },
      { phrase: 'tool_use ids must be unique', weight: 3 },
      // Two results for one call ("messages.4.content.1: each tool_use must have a single result. Found multiple `tool_result`
      // blocks with id: toolu_…", quoted in BerriAI/litellm's test of its Anthropic adapter,
      // tests/test_litellm/llms/anthropic/experimental_pass_through/adapters/test_anthropic_experimental_pass_through_adapters_transformation.py).
      { phrase: 'each tool_use must have a single result', weight: 3 },
      { phrase: 'found multiple tool_result blocks with id', weight: 3 },
      // The same check worded from the other side, also through Bedrock: "Did not find 1 `tool_result` block(s) at the
      // beginning of this message. Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks."
      { phrase: 'tool_result block(s) at the beginning of this message', weight: 3 },
      { phrase: 'must begin with a matching number of tool_result blocks', weight: 3 },
      { phrase: 'orphaned tool_result in conversation history', weight: 3 },
      { phrase: 'duplicate tool_use id in conversation history', weight: 3 },
      { phrase: 'must have a corresponding tool_result block', weight: 1 },
      { phrase: 'must have a corresponding tool_use block', weight: 1 },
    ],
    cues: [
      [
        'tool_use|tool call|tool calls|function call',
        'tool_result|tool results|function results|function response',
        'without|missing|unexpected|corresponding|orphaned|immediately after|must',
      ],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
