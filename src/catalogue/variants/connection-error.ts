import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'connection-error',
  group: 'service',
  title: 'Connection error: "Unable to connect to API" and dropped sockets',
  wordings: [
    {
      text: 'API Error: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
      surface: 'Claude Code',
      firstSeen: '2026-04-24',
      lastSeen: '2026-06-17',
      source: githubIssue('anthropics/claude-code#60821', 'the message and the same line in the error log, Claude Code 2.1.145'),
    },
    {
      text: 'API Error: Unable to connect to API (<code>)',
      surface: 'Claude Code (ECONNRESET, ECONNREFUSED…): older versions for every code, 2.1.337 for codes without a line of their own',
      firstSeen: '2026-02-23',
      lastSeen: '2026-08-02',
      source: githubIssue('anthropics/claude-code#27789', '"Unable to connect to API (ECONNRESET)" stopping work on 2.1.50'),
    },
    {
      text: 'Connection dropped (ECONNRESET)',
      surface: 'Claude Code, newer versions (one of several coded lines that replaced the one above)',
      firstSeen: '2026-08',
      source: cite(common.claudeCodeErrors, 'the "Connection dropped (ECONNRESET)" line, one of the coded lines that name how a connection failed'),
    },
    {
      text: 'Unable to connect to API: SSL certificate verification failed (<certificate error code>). <what that code means>',
      surface: 'Claude Code 2.1.328 and later behind a TLS-inspecting proxy or a private CA',
      firstSeen: '2026-11-18',
      source: cite(common.binary337, 'the SSL line that names the certificate error and explains it; the same in 2.1.328 and 2.1.332'),
    },
    {
      text: 'Unable to connect to API: SSL certificate verification failed. Check your proxy or corporate SSL certificates',
      surface: 'Claude Code behind a TLS-inspecting proxy, older versions',
      firstSeen: '2026-08',
      legacy: true,
      source: cite(
        common.claudeCodeErrors,
        'the SSL certificate verification failure behind a TLS-inspecting proxy, and HTTPS_PROXY and corporate certificates as the fix',
      ),
    },
    {
      text: '503 upstream connect error or disconnect/reset before headers. reset reason: <reason>',
      surface: 'Claude Code, relaying the body of a 503',
      firstSeen: '2025-09-03',
      lastSeen: '2025-10-03',
      source: githubIssue(
        'anthropics/claude-code#7403',
        'several reset reasons on the same day: connection timeout, connection refused, connection termination',
      ),
    },
    {
      text: 'API Error (Connection error.) · Retrying in <n> seconds… (attempt <n>/10)',
      surface: 'Claude Code 1.x retry line',
      firstSeen: '2025-06-20',
      lastSeen: '2025-08-26',
      legacy: true,
      source: githubIssue('anthropics/claude-code#6596', 'ten attempts each followed by "TypeError (fetch failed)"'),
    },
  ],
  summary:
    "The connection between your tool and the API failed or was cut: usually the local network, VPN, proxy or firewall; now and then Anthropic's side.",
  cause:
    'The request never got a complete answer: the TCP connection was refused, reset, timed out, or closed while the reply was streaming. Nothing is wrong with your account or your request. On one machine it is usually the network path: a VPN that blocks api.anthropic.com, a corporate proxy that is not configured, or one that inspects TLS with its own certificate. When many people report the same error in the same hour, as with the 503 "upstream connect error" bursts of September and October 2025, the problem is not on your machine and waiting is all you can do.',
  audience: 'personal',
  actor: 'you',
  steps: [
    { title: 'Check status.claude.com; if there is an incident, wait for it.' },
    {
      title: 'From the same shell, run `curl -I https://api.anthropic.com`.',
      detail: 'On Windows PowerShell use `curl.exe -I https://api.anthropic.com`. If this fails too, the network path is the problem, not the tool.',
    },
    {
      title: 'Behind a corporate proxy, set HTTPS_PROXY before starting the tool.',
      detail:
        "If the proxy inspects TLS, point Node at your company's CA bundle with NODE_EXTRA_CA_CERTS=/path/to/ca-bundle.pem. Do not set NODE_TLS_REJECT_UNAUTHORIZED=0.",
    },
    {
      title: 'Switch VPN off (or on), or try another network, and retry.',
      detail:
        'If curl works but the tool does not: check /etc/resolv.conf on Linux and WSL, stale utun interfaces from an old VPN on macOS, and quit Docker Desktop to rule it out.',
    },
    {
      title: 'Update Claude Code (`claude update`).',
      detail: 'Newer versions name the failure in the message, which tells a refused connection from a dropped one.',
    },
  ],
  related: ['internal-server-error', 'overloaded', 'rate-limited', 'invalid-api-key'],
  sources: [
    cite(
      common.claudeCodeErrors,
      'the network causes (VPN, proxy, firewall) and the checks the guide lists: status page, curl to api.anthropic.com, HTTPS_PROXY',
    ),
    githubIssue('anthropics/claude-code#60821', 'the socket-closed message on 2.1.145 (May 2026)'),
    githubIssue('anthropics/claude-code#68573', 'the same message in every session, Team and Max (June 2026)'),
    githubIssue('anthropics/claude-code#27789', '"Unable to connect to API (ECONNRESET)" persisting for days (February 2026)'),
    githubIssue('anthropics/claude-code#13657', 'ECONNRESET traced to one Wi-Fi network, gone on a VPN'),
    githubIssue('anthropics/claude-code#57222', 'ECONNRESET on every connection while curl to api.anthropic.com worked'),
    githubIssue('NIyueeE/ds-free-api#50', 'the socket-closed message from Claude Code routed through a free-API bridge'),
    githubIssue('0Chencc/clawgod#33', '"Unable to connect to API (ECONNREFUSED)" from a local proxy in front of Claude Code'),
    githubIssue('anthropics/claude-code#7403', 'many 503 upstream connect errors on 10 September 2025'),
    cite(common.binary337, 'the SSL line with its certificate code; "Unable to connect to API (<code>)" kept for the other codes'),
    githubIssue('anthropics/claude-code#8802', 'the same 503 on 3 October 2025, one of several reports that day'),
  ],
  reviewed: '2026-12-06',
  change: 'Checked against Claude Code 2.1.337: its SSL line now names the certificate error; the coded line is not only an old one.',
  signals: {
    phrases: [
      // Factory's droid when TLS to the provider fails ("Unable to establish a secure connection to https://api.anthropic.com.
      // This may be caused by SSL inspection …") or the model timed out (@factory/cli-linux-x64 0.225.2).
      { phrase: 'unable to establish a secure connection to', weight: 2, onClaude: true },
      { phrase: 'the ai model timed out. please retry or switch models', weight: 2, onClaude: true },
      // @khanglvm/llm-router 2.6.2 when it cannot reach Anthropic with a Claude login ("Claude Code OAuth API network error:
      // fetch failed", sent as an api_error).
      { phrase: 'claude code oauth api network error', weight: 3 },
      // Claude Code 1.0's retry line once a request to the API has timed out several times (@anthropic-ai/claude-code
      // 1.0.120's cli.js: "API Error (Internet connection is unreliable) · Retrying in 9 seconds… (attempt 5/10)").
      { phrase: 'api error (internet connection is unreliable)', weight: 3 },
      // The TypeScript SDK's stream helper when the connection closed before a message came (@anthropic-ai/sdk 0.20.9 to
      // 1.17.0, lib/MessageStream.js), and Continue's CLI when a provider's stream closed early (@continuedev/cli 1.5.11
      // and 1.5.47: "Anthropic: Stream was closed before any data was received. Try again."), Claude's where it names it.
      { phrase: 'request ended without sending any chunks', weight: 3 },
      { phrase: 'stream ended without producing a message with role=assistant', weight: 3 },
      { phrase: 'stream was closed before any data was received', weight: 2, onClaude: true },
      { phrase: 'the response was cancelled mid-stream', weight: 2, onClaude: true },
      // clawdbot's (OpenClaw's earlier name) reply when the socket to any provider closed (clawdbot 2026.1.24, its agent
      // runner: "LLM connection failed. This could be due to server issues, network problems, or context length exceeded"),
      // Claude's where Claude is named.
      { phrase: 'llm connection failed. this could be due to server issues', weight: 2, onClaude: true },
      // pi's Anthropic provider when the stream closed before its end (@mariozechner/pi-ai 0.73.1) and Task Master's line
      // for a network failure (task-master-ai 0.11.1).
      { phrase: 'anthropic stream ended before message_stop', weight: 3 },
      { phrase: 'there was a network error connecting to claude', weight: 3 },
      // llm-router's 504 when its request to Anthropic with a Claude Code login timed out (@khanglvm/llm-router 2.6.2).
      { phrase: 'claude code oauth api request timed out', weight: 3 },
      // Claude Code Router 3.1.1's attempt at a provider it could not reach ("stage": "upstream_connect", "Failed to reach
      // upstream provider."), for any provider: Claude's where the paste names it.
      { phrase: 'failed to reach upstream provider', weight: 2, onClaude: true },
      // LangChain's Bedrock chat model waiting on a stream (@langchain/aws 1.4.5: "Bedrock Converse timed out after 30000 ms
      // while waiting for the next chunk. (model: us.anthropic.claude-…)").
      { phrase: 'bedrock converse timed out', weight: 2, onClaude: true },
      // Claude Code's own line when the machine slept mid-request (its 2.1.220 linux-x64 binary on npm).
      { phrase: 'connection interrupted by system sleep', weight: 3 },
      // Its later lines for a stream cut off or lost in sleep (its 2.1.310 and 2.1.325 linux-x64 binaries on npm).
      { phrase: 'connection closed before the response finished', weight: 3 },
      { phrase: 'connection lost while your computer was asleep', weight: 3 },
      // The TypeScript SDK's error for a stream cut before its end (@anthropic-ai/sdk 1.17.0 on npm, its MessageStream).
      { phrase: 'the stream ended before message_stop', weight: 3 },
      // Other tools' own sentences when no answer came from any provider, Claude's where Claude is named: Roo Code's
      // (RooCodeInc/Roo-Code's webview-ui/src/i18n/locales/en/chat.json and its fr copy) and goose's
      // (block/goose's crates/goose/src/providers/errors.rs).
      { phrase: 'connection error. make sure you have a working internet connection', weight: 2, onClaude: true },
      { phrase: 'erreur de connexion. assurez-vous que vous avez une connexion internet', weight: 2, onClaude: true },
      { phrase: 'could not connect to the provider', weight: 2, onClaude: true },
      // Claude Code's line for a TLS certificate refused on the way to the API (its 2.1.195 source as restored in
      // Haoping-Xiao/claude-code-sourcemap, src/services/api/errorUtils.ts).
      { phrase: 'if you are behind a corporate proxy or tls-intercepting firewall', weight: 3 },
      // Claude Code's lines for a stream cut or stalled mid-answer (anthropics/claude-code#73208, #74672), its connection
      // check behind a TLS-inspecting proxy (#22007), the 503 of 2025's bursts with no backend behind it (#2024, #7045), and
      // the TypeScript SDK's word for a connection cut while reading (anthropic-sdk-typescript#774).
      { phrase: 'connection closed mid-response. the response above may be incomplete', weight: 3 },
      { phrase: 'response stalled mid-stream. the response above may be incomplete', weight: 3 },
      { phrase: 'failed to connect to platform. claude.com', weight: 3 },
      { phrase: 'api error: 503 no healthy upstream', weight: 3 },
      { phrase: 'anthropicerror: typeerror: terminated', weight: 3 },
      // The Claude mobile app failing to send (anthropics/claude-code#41670).
      { phrase: 'message could not be sent. an unknown network error occurred', weight: 3 },
      // Claude Code giving up on a stream that stalled (anthropics/claude-code#46987), and Zed's words for a failed request
      // or a cut stream, naming Anthropic (its language_model_core.rs).
      { phrase: 'stream idle timeout - partial response received', weight: 3 },
      { phrase: "i/o error reading response from anthropic's api", weight: 3 },
      { phrase: 'stream from anthropic ended unexpectedly', weight: 3 },
      { phrase: 'error sending http request to api.anthropic.com', weight: 3 },
      // Claude Code's sign-in request timing out (anthropics/claude-code#33272: "OAuth error: timeout of 15000ms exceeded").
      { phrase: 'oauth error: timeout of', weight: 3 },
      // OpenClaw's words for a dropped, refused or unresolved connection, for any provider (its sanitize-user-facing-text.ts).
      { phrase: 'network connection was interrupted', weight: 2, onClaude: true },
      { phrase: 'connection refused by the provider endpoint', weight: 2, onClaude: true },
      { phrase: 'dns lookup for the provider endpoint failed', weight: 2, onClaude: true },
      // The same copy in its 2026.2 to 2026.8 releases (openclaw on npm) for an endpoint it cannot reach at all.
      { phrase: 'the provider endpoint is unreachable from this host', weight: 2, onClaude: true },
      { phrase: 'unable to connect to api', weight: 3 },
      { phrase: 'socket connection was closed unexpectedly', weight: 3 },
      { phrase: 'upstream connect error or disconnect/reset before headers', weight: 3 },
      { phrase: 'connection dropped (econnreset)', weight: 3 },
      { phrase: "can't reach the api server", weight: 3 },
      { phrase: 'no internet route — check your connection or vpn', weight: 3 },
      { phrase: "couldn't connect through your proxy", weight: 3 },
      { phrase: 'connection refused — a firewall or proxy may be blocking it', weight: 3 },
      { phrase: 'request timed out. check your internet connection', weight: 3 },
      { phrase: 'unable to connect to anthropic services', weight: 3 },
      { phrase: 'failed to connect to api.anthropic.com', weight: 3 },
      // Node's DNS failure for the API's host (continuedev/continue#10924).
      { phrase: 'getaddrinfo enotfound api.anthropic.com', weight: 3 },
      { phrase: 'connection lost mid-response', weight: 3 },
      { phrase: 'ssl certificate verification failed', weight: 2 },
      { phrase: 'api error (connection error', weight: 2 },
      { phrase: 'socket is closed', weight: 2 },
      // The SDKs' own classes and messages when no response came back: "APIConnectionError: Connection error.",
      // "APITimeoutError: Request timed out.".
      { phrase: 'apiconnectionerror', weight: 2 },
      { phrase: 'apitimeouterror', weight: 2 },
      { phrase: 'connection error.', weight: 2 },
      { phrase: 'request timed out.', weight: 2 },
      // Claude Code's retry line when its client gave up waiting (anthropics/claude-code#5785): no answer came back.
      { phrase: 'api error (request timed out', weight: 3 },
      // The AWS SDK for JavaScript when Bedrock never answered: any AWS service can print it, so only with a Bedrock mark.
      { phrase: 'http2 request did not get a response', weight: 3, onCloud: true },
      // Node's and tools' words for a request that got no answer: Claude's only where the paste names Claude or Anthropic.
      { phrase: 'connect etimedout', weight: 2, onClaude: true },
      { phrase: 'connect econnrefused', weight: 2, onClaude: true },
      { phrase: 'read econnreset', weight: 2, onClaude: true },
      // Node's error cause as a log prints it (`"cause": {"code":"ECONNRESET","path":"https://api.anthropic.com/…"}`, in
      // Claude Code's retry record; stepcodex.com's copy of a Claude Code issue on mid-stream resets).
      { phrase: 'code: econnreset', weight: 2, onClaude: true },
      { phrase: 'code: etimedout', weight: 2, onClaude: true },
      { phrase: 'code: econnrefused', weight: 2, onClaude: true },
      { phrase: 'socket hang up', weight: 2, onClaude: true },
      { phrase: 'the connection timed out', weight: 2, onClaude: true },
      { phrase: 'fetch failed', weight: 2, onClaude: true },
      { phrase: 'econnreset', weight: 1 },
      { phrase: 'etimedout', weight: 1 },
      { phrase: 'econnrefused', weight: 1 },
      { phrase: 'fetch failed', weight: 1 },
    ],
    cues: [
      ['connection|socket|network', 'closed|reset|refused|timed out|dropped|lost|interrupted|terminated'],
      ['request', 'timed out'],
      ['unable to|failed to|could not|couldn t|cannot', 'connect|reach', 'api|anthropic'],
    ],
    specificity: 2,
    statuses: [503],
  },
} satisfies VariantInput;
