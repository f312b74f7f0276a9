import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

export default {
  id: 'safety-refusal',
  group: 'service',
  title: 'Safety refusal: Claude declined the request',
  wordings: [
    {
      text: "API Error: <model>'s safeguards flagged this message (https://www.anthropic.com/legal/aup). Our intentionally broad safeguards allow us to deliver more capabilities faster, but can sometimes flag legitimate coding and cybersecurity tasks. Claude Code can't respond to this message with <model>.",
      surface:
        'Claude Code 2.1.328 and later (for biology: "…flag legitimate biology tasks."; with no topic: "This sometimes happens with safe, normal conversations.")',
      firstSeen: '2026-11-18',
      source: cite(common.binary337, 'the refusal text per flagged topic; the same in 2.1.328 and 2.1.332'),
    },
    {
      text: "API Error: <model>'s safeguards flagged this message (https://www.anthropic.com/legal/aup). Our intentionally broad safeguards allow us to deliver more capabilities faster, but can sometimes flag legitimate coding, cybersecurity, and biology tasks. Claude Code can't respond to this message with <model>.",
      surface: 'Claude Code 2.1.270 (September 2026)',
      firstSeen: '2026-09-14',
      lastSeen: '2026-09-17',
      legacy: true,
      source: githubIssue('anthropics/claude-code#94238', 'this text for Opus 5 (1M context) on 2.1.270, with "Details: `[cyber]`"'),
    },
    {
      text: "API Error: <model>'s safeguards flagged this message. Our intentionally broad safeguards allow us to deliver more capabilities faster, but can sometimes flag legitimate cybersecurity work. Apply to the Cyber Verification Program to reduce these interruptions. Send feedback with /feedback or learn more: https://support.claude.com/en/articles/14604842-real-time-cyber-safeguards-on-claude",
      surface: 'Claude Code 2.1.219 and later, until the September 2026 form replaced it',
      firstSeen: '2026-07-26',
      lastSeen: '2026-08-28',
      legacy: true,
      source: githubIssue('anthropics/claude-code#81375', 'this text for Opus 4.8 on 2.1.219'),
    },
    {
      text: "API Error: <model> can't help with this. Start a new session to continue.",
      surface: 'Claude Code 2.1.219 and later (Usage Policy refusal)',
      firstSeen: '2026-08',
      source: cite(common.claudeCodeErrors, 'the Usage Policy refusal that says to start a new session, printed since 2.1.219'),
    },
    {
      text: 'API Error: Claude Code is unable to respond to this request, which appears to violate our Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to edit your last message or start a new session for Claude Code to assist with a different task.',
      surface: 'Claude Code before 2.1.219',
      firstSeen: '2025-07-05',
      lastSeen: '2026-08-03',
      legacy: true,
      source: githubIssue('anthropics/claude-code#71402', 'this text with its Request ID on 2.1.191'),
    },
    {
      text: 'API Error: <model> has safety measures that flagged this message for a cybersecurity topic. If your work requires this access, you can apply for an exemption: <link>',
      surface: 'Claude Code (June 2026)',
      firstSeen: '2026-06-21',
      legacy: true,
      source: githubIssue('anthropics/claude-code#69938', 'this text for Opus 4.8 sent to a user already enrolled in the program'),
    },
    {
      text: '"stop_reason": "refusal"',
      surface: 'Anthropic API (an HTTP 200 response, not an error; tools built on the API)',
      firstSeen: '2025-05-22',
      source: githubIssue('zed-industries/zed#31217', 'Zed adding handling for the refusal stop reason of Claude 4 models'),
    },
    {
      text: "Chat paused: <model>'s safety filters flagged this chat",
      surface: 'claude.ai',
      firstSeen: '2025-12-21',
      source: githubIssue('mirrorange/clove#36', 'the claude.ai notice quoted next to an API refusal (Sonnet 4.5)'),
    },
    {
      text: "<Model>'s safeguards flagged this message. This sometimes happens with safe, normal conversations. Send feedback with /feedback or learn more: <link>",
      surface: 'Claude Code, under "Session paused", with a choice to switch models',
      firstSeen: '2026-07-08',
      source: githubIssue('teamchong/pxpipe#86', 'the "Session paused" safeguards notice with its feedback link', {
        claim: 'Shows the paused-session safeguards notice for Fable 5 in July 2026, offering a switch to Opus 4.8.',
        read: '2026-12-04',
      }),
    },
  ],
  summary:
    "A safety check on Anthropic's side declined the conversation (the Usage Policy, or a cyber or biology classifier). Not billing or your account: rewind, rephrase or switch model.",
  cause:
    'Claude models run safety classifiers over the conversation. When one declines, the API answers normally (HTTP 200) with stop_reason "refusal", and tools turn that into their own error. The check reads the whole conversation, so another message in the same session, or the session reopened with --continue or --resume, usually trips it again. The classifiers are deliberately broad: ordinary coding, security and biology work is flagged too, and people enrolled in the Cyber Verification Program still report blocks.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Step back before the turn that triggered it: press Esc twice or run /rewind, then rephrase or take another approach.',
      detail: 'If you cannot tell which turn it was, /clear starts a fresh conversation; the old one stays available in /resume.',
    },
    {
      title: 'Try another model with /model.',
      detail: 'The checks differ by model, and the newer message itself suggests this.',
    },
    {
      title:
        'For legitimate security work that keeps being flagged, apply to the Cyber Verification Program from the help-center page the message links.',
    },
    {
      title: 'Report a false positive with /feedback, or to support, quoting the Request ID from the message.',
    },
    {
      title: 'Building on the API: handle stop_reason "refusal" as its own outcome and retry on a fallback model.',
      detail: "The API's refusals page describes the fallbacks setting (beta) and which refusal categories are billed.",
    },
  ],
  related: ['organization-disabled', 'invalid-request', 'overloaded', 'model-not-available'],
  sources: [
    {
      title: 'Claude API docs: Refusals and fallback (stop_reason, stop_details.category, fallbacks, billing)',
      url: 'https://platform.claude.com/docs/en/build-with-claude/refusals-and-fallback',
      claim: 'stop_reason "refusal" in an HTTP 200 answer, its category, and falling back to another model',
      read: readOn.factBase,
    },
    cite(common.claudeCodeErrors, 'the safeguard messages and what to do after each: rephrase, a new session, or another model'),
    {
      title: 'Claude Help Center: Real-time cyber safeguards on Claude (the page the cyber message links to)',
      url: 'https://support.claude.com/en/articles/14604842-real-time-cyber-safeguards-on-claude',
      claim: 'the cyber safeguards and the exemption the cybersecurity message links to',
      read: readOn.helpCenter,
    },
    githubIssue('anthropics/claude-code#3028', 'the Usage Policy refusal on most ordinary prompts (July 2025)'),
    githubIssue('anthropics/claude-code#66684', 'the Usage Policy refusal on every message of a session (June 2026)'),
    githubIssue('anthropics/claude-code#81375', 'the safeguards message for Opus 4.8 (July 2026)'),
    githubIssue('anthropics/claude-code#94238', 'the September 2026 safeguards message'),
    githubIssue('anthropics/claude-code#50795', 'refusals set off by code Claude wrote itself and read back'),
    githubIssue('anthropics/claude-code#95094', 'the message suggesting "try a different model with /model" (2.1.274)'),
    githubIssue('anthropics/claude-code#86352', 'a block during compaction despite Cyber Verification Program approval'),
  ],
  reviewed: '2026-12-06',
  change: 'Claude Code 2.1.328 and later word the refusal by the flagged topic; the September 2026 text is now an older wording.',
  signals: {
    phrases: [
      // Factory's droid on a refusal: its switch away from the refusing model ("claude-opus-4-5's safety checks blocked this
      // request. You have been switched to …") and its notice ("Request blocked by model provider safety checks"; 0.99.0
      // without "model"), for any provider (@factory/cli-linux-x64 0.99.0 and 0.225.2).
      { phrase: "'s safety checks blocked this request. you have been switched to", weight: 2, onClaude: true },
      { phrase: 'request blocked by model provider safety checks', weight: 2, onClaude: true },
      { phrase: 'request blocked by provider safety checks', weight: 2, onClaude: true },
      // Claude Code 2.1.337 after a refusal: the note it gives the model, and the fallback model too small to compact into (the
      // binary in @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337).
      { phrase: 'was stopped by a safety classifier — this is not a tool or api error', weight: 3 },
      { phrase: 'compaction unavailable: the only model allowed after this refusal', weight: 3 },
      { phrase: 'appears to violate our usage policy', weight: 3 },
      { phrase: 'safeguards flagged this message', weight: 3 },
      { phrase: 'safeguards flagged this session', weight: 3 },
      { phrase: 'safety measures that flagged this message', weight: 3 },
      { phrase: "can't help with this. start a new session to continue", weight: 3 },
      { phrase: 'claude refused this request', weight: 3 },
      // Mastra's note when Anthropic's server-side fallback answered a turn the chosen model declined (@mastra/core 1.71.0:
      // "The selected model declined this turn; the response was generated by fallback model …").
      { phrase: 'the selected model declined this turn', weight: 3 },
      // Zed's Claude Agent adapter when a model's refusal sent the turn to a fallback model (@agentclientprotocol/claude-agent-acp
      // 0.101.0: "claude-opus-4-8 declined this request (cyber); retried with claude-sonnet-4-6.").
      { phrase: 'declined this request (cyber); retried with', weight: 3 },
      { phrase: 'stop_reason: refusal', weight: 3 },
      { phrase: 'output blocked by content filtering policy', weight: 3 },
      { phrase: 'restrictions on violative cyber content', weight: 3 },
      { phrase: 'safety filters flagged this chat', weight: 3 },
      { phrase: 'refused by the safety safeguard', weight: 2 },
      // How people describe it: "Opus 5 is blocked … also blocked by the cyber safeguard" (claude-code#96111).
      { phrase: 'blocked by the cyber safeguard', weight: 3 },
      { phrase: 'blocked by the cyber safeguards', weight: 3 },
      { phrase: 'cyber verification program', weight: 1 },
    ],
    cues: [
      ['safeguards|safety filters|safety measures|usage policy|acceptable use', 'flag|flags|flagged|violate|violates|blocked|refused'],
      ['usage policy|usage policies|acceptable use policy', 'violate|violates|violation|violating|against'],
    ],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
