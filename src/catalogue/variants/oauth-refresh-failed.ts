import type { VariantInput } from '../schema.ts';
import { githubIssue, readOn } from '../sources.ts';

const loginExpiredDoc = {
  title: 'Claude Code documentation: Error reference, "Login expired" (the refresh token was rejected and the saved login cleared)',
  url: 'https://code.claude.com/docs/en/errors#login-expired',
  claim: 'the "Login expired" message: the refresh token was rejected and the saved login cleared, so /login is needed',
  read: readOn.docsMirror,
};

export default {
  id: 'oauth-refresh-failed',
  group: 'account',
  title: 'Saved Claude login could not be renewed',
  wordings: [
    {
      text: 'Login expired · Please run /login',
      surface: 'Claude Code (interactive)',
      firstSeen: '2026-07-23',
      lastSeen: '2026-08-06',
      source: githubIssue('anthropics/claude-code#80605', 'the message on every request in Claude Code 2.1.218'),
    },
    {
      text: 'Failed to authenticate: OAuth session expired and could not be refreshed',
      surface: 'Claude Code -p and the Agent SDK (error code authentication_failed)',
      firstSeen: '2026-09-07',
      source: githubIssue('griffinmartin/opencode-claude-auth#281', 'the message from claude -p, called by an OpenCode plugin'),
    },
    {
      text: '{"error": "invalid_grant", "error_description": "Refresh token not found or invalid"}',
      surface: 'Anthropic OAuth token endpoint (HTTP 400), as tools print it, e.g. "Token refresh failed: 400 — …"',
      firstSeen: '2025-11-30',
      lastSeen: '2026-06-22',
      source: githubIssue('ex-machina-co/opencode-anthropic-auth#162', 'the 400 from an OpenCode auth plugin, June 2026'),
    },
    {
      text: 'Token refresh failed: 400 — {"error": "invalid_grant", "error_description": "Refresh token expired"}',
      surface: 'opencode-anthropic-auth (OpenCode plugin), refreshing a Claude login',
      firstSeen: '2026-07-17',
      source: githubIssue('ex-machina-co/opencode-anthropic-auth#189', 'the invalid_grant refusal for an expired refresh token', {
        claim: 'Shows the token refresh failing with invalid_grant "Refresh token expired" in an OpenCode plugin, July 2026.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'Error: Token refresh failed: 400',
      surface: 'OpenCode, renewing a Claude Pro/Max login',
      firstSeen: '2026-01-01',
      lastSeen: '2026-03-05',
      source: githubIssue('anomalyco/opencode#6559', 'the bare refresh failure after a login sat idle', {
        claim: 'Shows OpenCode printing the bare refresh failure for a Claude Pro/Max login after hours idle, January 2026.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  summary: 'The refresh token behind your Claude login was rejected, so the login cannot be renewed; sign in again.',
  cause:
    'A Claude login keeps a short-lived access token and a refresh token. When the access token runs out, the tool trades the refresh token for a new pair. If the OAuth service rejects it (400 invalid_grant, "Refresh token not found or invalid"), nothing can be renewed: Claude Code clears the saved login and stops each request locally until you sign in. A refresh token stops working when it was revoked, or when something else already used it, since each renewal replaces it.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Run /login in Claude Code (or claude auth login), then retry.',
      detail: 'Retrying without signing in repeats the same message.',
    },
    {
      title: 'In another tool, reconnect its Claude login.',
      detail:
        'A plugin that borrows Claude Code’s saved login recovers once you sign in to Claude Code again; one with its own login needs its own reconnect.',
    },
    {
      title: 'For -p and scripts that cannot sign in, use an API key or a long-lived token from claude setup-token.',
    },
    {
      title: 'If it keeps coming back, check that two tools are not renewing the same login.',
      detail: 'Proxies and relays that share one login have lost refresh tokens to this kind of race.',
    },
  ],
  related: ['oauth-token-expired', 'organization-disabled', 'invalid-api-key'],
  sources: [
    loginExpiredDoc,
    githubIssue('Wei-Shaw/sub2api#2856', 'a relay overwriting a freshly rotated refresh token, then failing with invalid_grant'),
    githubIssue('ex-machina-co/opencode-anthropic-auth#169', 'the plugin maintainer: refresh the login when this 400 appears'),
    githubIssue('omnigent-ai/omnigent#4274', '"Login expired · Please run /login" that only a real /login fixes'),
    githubIssue('griffinmartin/opencode-claude-auth#281', 'a login that needed an interactive sign-in after the refresh failed'),
    githubIssue('griffinmartin/opencode-claude-auth#142', 'an invalid refresh token fixed by signing in again from the claude CLI'),
  ],
  reviewed: '2026-12-04',
  change:
    'Drops an unsourced claim about how older Claude Code versions showed an account on hold; adds the refresh-token and OAuth-session failures of July and September 2026.',
  signals: {
    phrases: [
      // opencode's Claude Pro/Max sign-in plugin when Anthropic's token endpoint refuses a refresh (opencode-anthropic-auth
      // 0.0.5 and 0.0.13: "Token refresh failed: 400", also behind opencode's "AI_APICallError: ").
      { phrase: 'token refresh failed: 400', weight: 3 },
      { phrase: 'token refresh failed: 401', weight: 3 },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'oauth refresh token is no longer valid', weight: 3 },
      { phrase: 'oauth token refresh failed', weight: 3 },
      // OpenClaw's line when a saved login cannot be renewed, for any provider (its errors.ts).
      { phrase: 'authentication refresh failed. re-authenticate this provider', weight: 2, onClaude: true },
      { phrase: 'refresh token not found or invalid', weight: 3 },
      { phrase: 'login expired · please run /login', weight: 3 },
      { phrase: 'oauth session expired and could not be refreshed', weight: 3 },
      // Claude Code's own lines when it cannot renew the login, whatever stopped it: another process holding the lock, a
      // locked macOS Keychain, a full disk (its 2.1.332 binary, npm, 24 November 2026).
      { phrase: 'oauth access token could not be refreshed', weight: 3 },
      // The lock held by another process, as 2.1.190 and 2.1.260 word it (their linux-x64 binaries on npm).
      { phrase: 'another claude code process is refreshing the oauth token', weight: 3 },
      // A named Anthropic profile whose login lapsed (its 2.1.260 binary: "Anthropic profile login expired ·
      // Re-authenticate your Anthropic profile").
      { phrase: 'anthropic profile login expired', weight: 3 },
      // The TypeScript SDK's error when a user login's refresh cannot reach the token endpoint (@anthropic-ai/sdk 1.17.0).
      { phrase: 'user oauth refresh failed to reach token endpoint', weight: 3 },
      { phrase: 'token refresh failed', weight: 0.5 },
      { phrase: 'invalid_grant', weight: 1 },
    ],
    cues: [['refresh', 'oauth|token|login|session', 'failed|invalid|expired|could not|couldn t|unable']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
