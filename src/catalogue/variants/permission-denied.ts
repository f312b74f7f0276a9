import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'permission-denied',
  group: 'account',
  title: 'Permission denied (403)',
  wordings: [
    {
      text: '{"type":"error","error":{"type":"permission_error","message":"Permission denied"}}',
      surface: 'Anthropic API (403 permission_error); Claude Code prefixes "Please run /login · API Error: 403"',
      firstSeen: '2026-04-21',
      source: githubIssue('anthropics/claude-code#51610', 'the 403 body in Claude Code 2.1.116'),
    },
    {
      text: 'Account is no longer a member of the organization associated with this token.',
      surface: 'Anthropic API (403 permission_error), for a login tied to an organization you left',
      firstSeen: '2026-04-30',
      source: githubIssue('anthropics/claude-code#54863', 'the 403 in Claude Code 2.1.112'),
    },
    {
      text: 'OAuth token does not meet scope requirement <scope>',
      surface: 'Anthropic API (403 permission_error) and Claude Code’s /usage and status line',
      firstSeen: '2026-02-12',
      source: githubIssue('can1357/oh-my-pi#29', 'the scope refusal for a Max login used by another tool'),
    },
    {
      text: '{"error":{"type":"forbidden","message":"Request not allowed"}}',
      surface: 'Anthropic API (HTTP 403, type forbidden), shown by Claude Code as "API Error: 403 …"',
      firstSeen: '2025-06-05',
      lastSeen: '2025-08-16',
      source: githubIssue('anthropics/claude-code#1613', 'the 403 in Claude Code; a reporter later tied it to their network location'),
    },
    {
      text: 'Your account does not have access to Claude. Please login again or contact your administrator.',
      surface: 'Claude Code -p and the Agent SDK, older versions',
      firstSeen: '2026-03-01',
      legacy: true,
      source: githubIssue('anthropics/claude-code#29905', 'the message in Claude Code 2.1.63'),
    },
  ],
  status: 403,
  errorType: 'permission_error',
  summary:
    'The credential was recognised but may not do this: a key without access, a login tied to the wrong organization, or a token missing a scope.',
  cause:
    'A 403 permission_error means the API knows who you are and still refuses. For an API key, the key lacks permission for the resource, which the API docs trace to the organization’s access and workspace settings in the Claude Console. For a Claude login, the token can point at an organization you no longer belong to, or predate a permission scope a newer feature needs. A 403 that names a model or says subscription access is disabled has its own guide.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Read the message after permission_error: it names the reason when there is one.',
    },
    {
      title: 'For a Claude login, run /login and pick the account and organization you belong to now.',
      detail: 'A fresh login also mints a token with the current scopes; you do not need to log out first.',
    },
    {
      title: 'For an API key, check in the Claude Console that the key’s workspace may use what you asked for.',
      detail: 'If you cannot change workspace settings yourself, whoever administers the Console organization can.',
    },
    {
      title: 'For "Request not allowed", try without a VPN or proxy.',
      detail: 'Anthropic has not explained this one publicly; reporters tied it to their network or location.',
    },
  ],
  related: ['subscription-access-disabled', 'model-not-available', 'organization-disabled', 'invalid-api-key'],
  sources: [
    cite(common.apiErrors, 'the 403 permission_error: the credential is valid but may not do this'),
    cite(common.claudeCodeErrors, '"Please run /login" in front of a 403, and signing in again to the right organization'),
    githubIssue('anthropics/claude-code#54863', 'a login whose account had left the organization on the token'),
    githubIssue('anthropics/claude-code#5896', '"Request not allowed" on every /init, August 2025'),
    githubIssue('Wei-Shaw/sub2api#241', 'a relay maintainer on 403 "Permission denied" from OAuth accounts'),
  ],
  reviewed: '2026-12-04',
  change:
    'Adds "Your account does not have access to Claude" (moved here from the expired-login guide: signing in again to the right organization is the fix) and the no-longer-a-member 403.',
  signals: {
    phrases: [
      // Roo Code's and Kilo Code's sentence for any provider's 403, Claude's where Claude is named
      // (RooCodeInc/Roo-Code's webview-ui/src/i18n/locales/en/chat.json).
      { phrase: 'your api key is valid, but the provider refused to complete this request', weight: 2, onClaude: true },
      // Claude Code's sign-in refused when it reads the member's roles (anthropics/claude-code#19020, a Team plan).
      { phrase: 'failed to fetch user roles: request failed with status code 403', weight: 3 },
      // Anthropic's models refused from a country they are not offered in, through Bedrock and Claude Code
      // (anthropics/claude-code#2656, aws-samples/generative-bi-using-rag#361).
      { phrase: 'access to anthropic models is not allowed from unsupported countries', weight: 3 },
      // Google's own 403 wording, which Vertex AI gives for a Claude model too (anthropics/anthropic-sdk-typescript#807).
      { phrase: 'the caller does not have permission', weight: 2, onClaude: true },
      // An AWS role without the right to call the model on Bedrock (anthropics/claude-code#541, posit-dev/positron#10683).
      { phrase: 'is not authorized to perform: bedrock:invokemodel', weight: 3, onCloud: true },
      // The organization form of the account line (anthropics/claude-code#47130).
      { phrase: 'does not have access to claude. please login again or contact your administrator', weight: 3 },
      { phrase: 'permission_error', weight: 2 },
      // A tool's own words for a 403, where Claude is named.
      { phrase: '403 forbidden', weight: 2, onClaude: true },
      // The API's stock message for a 403 (its errors page).
      { phrase: 'does not have permission to use the specified resource', weight: 3 },
      { phrase: 'account is no longer a member of the organization', weight: 3 },
      { phrase: 'oauth token does not meet scope requirement', weight: 3 },
      { phrase: 'your account does not have access to claude. please login again', weight: 3 },
      { phrase: 'forbidden","message":"request not allowed', weight: 3 },
    ],
    specificity: 1,
    statuses: [403],
  },
} satisfies VariantInput;
