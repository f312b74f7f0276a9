import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'oauth-token-expired',
  group: 'account',
  title: 'Claude login expired or revoked (401)',
  wordings: [
    {
      text: 'OAuth token has expired. Please obtain a new token or refresh your existing token.',
      surface: 'Anthropic API (401 authentication_error); Claude Code adds "Please run /login" (before the error since 2.1.328)',
      firstSeen: '2025-06-07',
      lastSeen: '2026-04-08',
      source: githubIssue('anthropics/claude-code#44930', 'the 401 body in Claude Code, April 2026'),
    },
    {
      text: 'OAuth token revoked · Please run /login',
      surface: 'Claude Code (interactive)',
      firstSeen: '2026-08-22',
      source: cite(common.claudeCodeErrors, 'the "OAuth token revoked · Please run /login" line'),
    },
  ],
  status: 401,
  errorType: 'authentication_error',
  summary: 'The API refused the Claude login your tool sent: the token expired and was not renewed, or it was revoked. Sign in again.',
  cause:
    'A tool signed in with your Claude account sends an OAuth access token with each request. An expired one means the automatic renewal did not happen in time; a revoked one means you signed out everywhere or an admin removed access. Either way the API answers 401 authentication_error. Billing and plan limits play no part, and logging in again issues a fresh token.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Run /login in Claude Code, or use your tool’s sign-in or reconnect option.' },
    {
      title: 'If the 401 returns in the same session, run /logout first, then /login.',
      detail: 'That clears the stored token completely before a new one is saved.',
    },
    {
      title: 'Using CLAUDE_CODE_OAUTH_TOKEN? Generate a fresh token with claude setup-token.',
      detail: 'Claude Code keeps sending the value you set, even after it stops working.',
    },
    {
      title: 'Asked to log in again on every launch? Check the system clock, and on macOS the keychain.',
      detail: 'The Claude Code troubleshooting page names both as reasons a saved login does not last.',
    },
  ],
  related: ['oauth-refresh-failed', 'invalid-api-key', 'organization-disabled', 'subscription-access-disabled'],
  sources: [
    cite(
      common.claudeCodeErrors,
      '/login for an expired or revoked login, /logout first when the 401 returns, and claude setup-token for CLAUDE_CODE_OAUTH_TOKEN',
    ),
    githubIssue('anthropics/claude-code#33811', 'the expired-token 401 repeating on every command until the login was reset'),
    githubIssue('anthropics/claude-code#10712', 'the 401 with the "· Please run /login" tail in Claude Code 2.0.30'),
    githubIssue('netra-systems/zen#11', 'the message wrapped across two lines in a terminal'),
    cite(common.binary337, '"Please run /login · " put before the 401 (the same in 2.1.328)'),
  ],
  reviewed: '2026-12-06',
  change: 'Since 2.1.328 Claude Code puts "Please run /login" before the 401, not after it.',
  signals: {
    phrases: [
      // Claude Code 2.1.337 when its check of the organization's policy refused the login ("Your Claude session has expired.
      // Sign in again to continue (claude auth login).", and "Claude Code couldn't load your organization's settings because
      // your sign-in was refused"; the binary in @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337).
      { phrase: 'your claude session has expired. sign in again to continue', weight: 3 },
      { phrase: "couldn't load your organization's settings because your sign-in was refused", weight: 3 },
      // promptfoo's Claude Agent SDK provider when the Claude Code login it reads has expired (promptfoo 0.123.1: "Claude Code
      // OAuth credential is expired. Run `claude /login` to refresh it").
      { phrase: 'claude code oauth credential is expired', weight: 3 },
      // elizaOS's Anthropic plugin on a Claude login with no token it can read (@elizaos/plugin-anthropic 2.0.0-alpha.537:
      // "Could not read Claude OAuth token. Either set CLAUDE_CODE_OAUTH_TOKEN env var (via `claude setup-token`), …").
      { phrase: 'could not read claude oauth token', weight: 3 },
      // Claude Code's own status for a login the API no longer takes (its 2.1.190 and 2.1.260 linux-x64 binaries on npm).
      { phrase: 'oauth token expired/revoked', weight: 3 },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'login reached its time limit', weight: 3 },
      { phrase: 'login expired · run /login to sign in again', weight: 3 },
      { phrase: 'claude.ai login expired', weight: 3 },
      { phrase: 'session expired. please run /login to sign in again', weight: 3 },
      { phrase: 'your session has expired. please run /login', weight: 3 },
      // Buzz's line when the Claude Code it drives reports a refused login (block/buzz#5743).
      { phrase: 'please re-authenticate the cli (e.g. run claude /login', weight: 3 },
      // The desktop app's Code tab when its own sign-in lapsed (anthropics/claude-code#42529).
      { phrase: 'because your sign-in has expired. please sign in to the desktop app again', weight: 3 },
      { phrase: 'oauth token has expired', weight: 3 },
      // OpenUsage's Claude panel when Claude Code's stored login has lapsed (robinebers/openusage#185).
      { phrase: 'session expired. run claude to log in again', weight: 3 },
      { phrase: 'oauth access token has expired', weight: 3 },
      // A login token refused outright: claude-code-action's setup token (anthropics/claude-code-action#1614) and
      // CLAUDE_CODE_OAUTH_TOKEN sent as a bearer token (anthropics/claude-code#84903).
      { phrase: 'oauth access token is invalid', weight: 3 },
      { phrase: 'invalid bearer token', weight: 3 },
      { phrase: 'oauth token revoked', weight: 3 },
      { phrase: 'oauth token has been revoked', weight: 3 },
      // Claude Code's lines for a 401 on the login a session uses: one an app handed it, or the CLAUDE_CODE_OAUTH_TOKEN it
      // was started with (its 2.1.332 binary, npm, 24 November 2026). Either way the login needs to be made again.
      { phrase: 'oauth 401: the login this session is using was refused', weight: 3 },
      { phrase: 'oauth 401: keeping the user-supplied claude_code_oauth_token', weight: 3 },
      // "OAuth access token has been revoked" (vm0-ai/vm0#29128, KarpelesLab/teamclaude#136).
      { phrase: 'access token has been revoked', weight: 3 },
      { phrase: 'please run /login', weight: 1 },
      // Claude Code's line for a login token the API no longer takes: "Please run /login · API Error: 401 Invalid
      // authentication credentials" (claude-code#69706, #69740, #68398); an API key gets "invalid x-api-key" instead.
      { phrase: 'invalid authentication credentials', weight: 3 },
      { phrase: 'authentication_error', weight: 1 },
    ],
    cues: [['oauth|bearer|access token', 'token', 'expired|revoked|invalid|invalidated']],
    specificity: 3,
    statuses: [401],
  },
} satisfies VariantInput;
