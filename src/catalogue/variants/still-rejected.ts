import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';
import { mcpPrefixFirstReport } from '../world.ts';

export default {
  id: 'still-rejected',
  kind: 'situation',
  group: 'extra-usage',
  title: 'My balance is fine and it still fails',
  summary:
    'Usage credits are on and funded, yet a billing refusal keeps coming: usually the request is classed as a third-party app by what it contains.',
  cause:
    "A funded balance does not end every refusal. Anthropic decides request by request whether a subscription login is being used by a third-party app, and it has published no rules for it. Public reports point at what the request carries: system prompt text that names another harness or is very large, tool names with a single-underscore mcp_ prefix, marker strings such as OpenClaw's HEARTBEAT_OK, extra fields a plugin adds, or a proxy that rewrites the body. Claude Code itself was caught this way with an appended system prompt. Less often the tool is signed in to another account, replays a stored error, or waits out its own cooldown.",
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Make sure the tool uses the account whose balance you checked.',
      detail: 'Sign out and in again inside the tool; a work seat and a personal login have separate balances.',
    },
    { title: 'Restart the tool and start a new session, so no stored refusal or cooldown is replayed.' },
    {
      title: 'Send one plain request with nothing added.',
      detail: 'No appended system prompt, no plugins or MCP servers, no proxy. If that passes, add things back one at a time until it fails again.',
    },
    { title: 'Update the tool and its plugins: several have shipped fixes for these triggers.' },
    { title: "Report what you found to the tool's maintainer, with the full message and request id." },
  ],
  related: ['out-of-extra-usage', 'extra-usage-add-more', 'org-add-more', 'openclaw-billing-error', 'llm-request-rejected'],
  sources: [
    common.emailExtraUsage,
    githubIssue('anthropics/claude-code#45911', 'Claude Code itself refused when --append-system-prompt carried an <env> block'),
    githubIssue(
      'rynfar/meridian#255',
      'the line "You are a personal assistant running inside OpenClaw" in a system prompt was enough to flip billing',
    ),
    githubIssue('griffinmartin/opencode-claude-auth#147', "OpenCode's system prompt tripped it; the same text moved into a user message passed"),
    githubIssue('marcusquinn/aidevops#20406', 'a 126K-character framework prompt tripped it while random text of the same size passed (April 2026)'),
    githubIssue('earendil-works/pi#6888', "pi's default system prompt tripped it; a replacement SYSTEM.md fixed it (July 2026)"),
    githubIssue('NousResearch/hermes-agent#79758', 'one identity block of the system prompt decided it, while a larger block passed (August 2026)'),
    mcpPrefixFirstReport,
    githubIssue(
      'NousResearch/hermes-agent#47723',
      'one tool named with a single-underscore mcp_ prefix flipped the request; mcp__ and bare names passed',
    ),
    githubIssue('nicobailon/pi-mcp-adapter#278', 'a rule on tool names starting with mcp_ reported as new on 4 August 2026'),
    githubIssue('zacdcook/openclaw-billing-proxy#1', "OpenClaw's HEARTBEAT_OK marker found to trigger it (April 2026)"),
    githubIssue(
      'openclaw/openclaw#129513',
      'OpenClaw moved heartbeat and automation prompts to NO_REPLY to stay on the plan (merged 25 August 2026)',
    ),
    githubIssue(
      'openclaw/openclaw#137413',
      'OpenClaw marker strings openclaw.inbound_meta.v2 and openclaw.diagnostics.v1 tripped it (September 2026)',
    ),
    cite(common.openclaw2026_9_6, 'its system prompt still carries the openclaw.inbound_meta.v2 marker (dist/inbound-meta)'),
    githubIssue('code-yeongyu/oh-my-openagent#3429', 'an output_config field added by a plugin tripped it'),
    githubIssue('decolua/9router#795', 'a compression proxy rewrote the body; turning it off fixed it'),
    githubIssue('shinglokto/openclaw-claude-bridge#2', 'the billing header was not the cause; the system prompt content was'),
    githubIssue('openclaw/openclaw#115642', 'OpenClaw kept refusing for hours after the cause was gone, because of its billing cooldown'),
  ],
  reviewed: '2026-12-06',
  change: 'OpenClaw 2026.9.6 still sends its inbound_meta marker: updating fixes the heartbeat trigger, not that one.',
} satisfies VariantInput;
