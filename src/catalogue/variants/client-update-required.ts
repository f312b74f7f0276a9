import type { VariantInput } from '../schema.ts';
import { githubIssue } from '../sources.ts';

const firstReport = githubIssue('anthropics/claude-code#91345', 'the 400 claude_code_version_too_old in Claude Code, September 2026');
const pinnedTool = githubIssue('gotgenes/pi-anthropic-auth#60', 'a tool that reports a pinned Claude Code version, refused for Fable 5.1', {
  claim:
    'Shows a third-party tool sending a fixed Claude Code version (2.1.206), so Fable 5.1, released 2026-09-01, was refused until the pin moved to 2.1.251 or later.',
  read: '2026-12-04',
});
const sameTokenTable = githubIssue('1jehuang/jcode#1390', 'the same login refused or accepted by the version it reports alone', {
  claim:
    'Shows, with one token, that the reported version alone decides: 2.1.257 is refused for claude-opus-5-5 (2.1.280 or newer required) and accepted for claude-opus-5.',
  read: '2026-12-04',
});

export default {
  id: 'client-update-required',
  group: 'account',
  title: 'Claude Code too old for this model',
  wordings: [
    {
      text: "Claude Code <version> does not support this model; version <version> or newer is required. Run 'claude update', or update the Claude desktop app, then try again.",
      surface:
        'Anthropic API (400 invalid_request_error, error_code claude_code_version_too_old), shown by Claude Code and by tools signed in with a Claude login',
      firstSeen: '2026-09-01',
      lastSeen: '2026-09-23',
      source: pinnedTool,
    },
    {
      text: 'Claude Code <version> does not support this model; version <version> or newer is required. (error_code: claude_code_version_too_old)',
      surface: 'jcode, which prints the API’s message with its error code',
      firstSeen: '2026-09-22',
      source: sameTokenTable,
    },
    {
      text: 'Your Claude Code version (<version>) is below the minimum required version (<version>). Please update: npm update -g @anthropic-ai/claude-code',
      surface: 'An API relay in front of Claude (400 invalid_request_error), seen through Cherry Studio',
      firstSeen: '2026-07-02',
      source: githubIssue('CherryHQ/cherry-studio#16634', 'a relay’s own minimum-version refusal for Claude Code', {
        claim: 'Shows a relay refusing Claude Code 2.1.112 below its minimum 2.1.151 with its own wording, July 2026.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The API refuses this model to the Claude Code version your tool reported: a newer version is needed for it.',
  cause:
    'Some new models are served only to recent Claude Code versions. Each request made with a Claude login says which Claude Code version sent it, and when that number is below the model’s minimum the API answers 400 with error_code claude_code_version_too_old. It happened when Fable 5.1 arrived on 1 September 2026 (2.1.251 or newer) and again for Opus 5.5 on 22 September 2026 (2.1.280 or newer). Older models keep working with the same version and login, so nothing is wrong with your account or balance.',
  audience: 'personal',
  actor: 'you',
  actorNote:
    'In Claude Code or the desktop app you fix it by updating; a third-party tool that reports its own fixed Claude Code version needs its maintainer to raise it.',
  steps: [
    {
      title: 'Update Claude Code: run claude update, or update the Claude desktop app, then try again.',
      detail: 'The message names the minimum version; claude --version shows the one you run.',
    },
    {
      title: 'Meanwhile, switch to an older model with /model.',
      detail: 'The version check applies per model, so a model that worked yesterday still works.',
    },
    {
      title: 'Using another tool with your Claude login? Update that tool or its plugin.',
      detail: 'Such tools send a Claude Code version of their own, so updating Claude Code on your machine does not help until they raise it.',
    },
  ],
  related: ['model-not-available', 'model-not-found'],
  sources: [
    firstReport,
    pinnedTool,
    sameTokenTable,
    githubIssue('griffinmartin/opencode-claude-auth#284', 'Opus 5.5 refused on the day it was released, 2.1.280 or newer required', {
      claim:
        'Shows Opus 5.5 refused on 22 September 2026 to a plugin reporting 2.1.217, and that its next release still reported a version below the minimum.',
      read: '2026-12-04',
    }),
    githubIssue('Shpigford/nurb#252', 'a desktop wrapper reporting 2.1.220 while its user ran 2.1.260', {
      claim: 'Shows a wrapper app sending an older Claude Code version than the one installed, fixed by the app’s next release, September 2026.',
      read: '2026-12-04',
    }),
    githubIssue('decolua/9router#4259', 'a relay with a hard-coded Claude Code version refused for Opus 5.5', {
      claim: 'Shows a relay that writes a fixed Claude Code version into its requests, refused for Opus 5.5 until the number was raised to 2.1.280.',
      read: '2026-12-04',
    }),
    githubIssue('paoloanzn/pi-black#6', 'the full 400 body with details.error_code', {
      claim: 'Shows the whole 400 body, including details.error_code claude_code_version_too_old, for Fable 5.1 on 3 September 2026.',
      read: '2026-12-04',
    }),
  ],
  reviewed: '2026-12-04',
  change:
    'New guide: the API refuses new models to older Claude Code versions (claude_code_version_too_old); update Claude Code or the tool that reports it.',
  signals: {
    phrases: [
      { phrase: 'does not support this model; version', weight: 3 },
      { phrase: 'or newer is required', weight: 2 },
      { phrase: 'claude_code_version_too_old', weight: 3 },
      { phrase: "run 'claude update'", weight: 2 },
    ],
    cues: [
      ['claude code', 'version|update|upgrade', 'required|too old|minimum|newer|outdated|no longer supported'],
      // The message's head quoted on its own: "`Claude Code 2.1.238 does not support this model`" (Mng-dev-ai/agentrove#948).
      ['claude code', 'does not support this model'],
    ],
    specificity: 4,
    statuses: [400],
  },
} satisfies VariantInput;
