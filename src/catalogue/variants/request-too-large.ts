import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'request-too-large',
  group: 'request',
  title: 'Request larger than the API accepts (413)',
  wordings: [
    {
      text: 'Request too large (max 32MB). Accumulated images and attachments in the conversation pushed the request over the limit. Run /compact, or double press esc to go back and remove attachments.',
      surface: 'Claude Code 2.1.328 and later (interactive)',
      firstSeen: '2026-11-18',
      source: cite(common.binary337, 'the interactive form that says attachments pushed the request over 32 MB; also in 2.1.328 and 2.1.332'),
    },
    {
      text: 'Request too large (max 32MB). Double press esc to go back and try with a smaller file.',
      surface: 'Claude Code, mid 2026',
      firstSeen: '2026-06-04',
      lastSeen: '2026-07-04',
      legacy: true,
      source: githubIssue('anthropics/claude-code#74048', 'screenshots piling up over a long session pushing the request past 32 MB'),
    },
    {
      text: 'Request too large (max 32MB). Accumulated images and attachments in the conversation pushed the request over the limit. Remove older images or compact the conversation.',
      surface: 'Claude Code (non-interactive)',
      firstSeen: '2026-07-21',
      source: githubIssue('diegosouzapw/OmniRoute#7990', 'the longer wording, shown by Claude Code before the request left the machine'),
    },
    {
      text: 'Request too large (max 30 MB). Double press esc to go back and remove or shrink the attached content.',
      surface: 'Claude Code (as its error reference gave it; not in 2.1.328 to 2.1.337)',
      firstSeen: '2026-08',
      legacy: true,
      source: cite(common.claudeCodeErrors, 'the "Request too large (max 30 MB)" line'),
    },
    {
      text: 'Request exceeds the maximum size',
      surface: 'Anthropic API (413 request_too_large)',
      firstSeen: '2025-04-14',
      lastSeen: '2025-12-21',
      source: githubIssue('anthropics/anthropic-sdk-python#938', 'the raw 413 and an Anthropic engineer giving the per-endpoint limits'),
    },
    {
      text: "1 validation error detected: Value at 'body' failed to satisfy constraint: Member must have length less than or equal to 25000000",
      surface: 'Amazon Bedrock InvokeModel (ValidationException)',
      firstSeen: '2025-03-19',
      source: githubIssue('langchain-ai/langchain-aws#419', 'the InvokeModel body limit hit with a Claude model, 19 March 2025', {
        claim: "Amazon Bedrock's InvokeModel refused a Claude request body over 25,000,000 bytes with this ValidationException.",
        read: '2026-12-04',
      }),
    },
    {
      text: 'Request too large (max 20MB). Double press esc to go back and try with a smaller file.',
      surface: 'Claude Code (earlier versions)',
      firstSeen: '2026-03-15',
      lastSeen: '2026-04-04',
      legacy: true,
      source: githubIssue('anthropics/claude-code#34751', 'the 20 MB wording firing on small files late in a long session'),
    },
  ],
  status: 413,
  errorType: 'request_too_large',
  summary: 'The request body passed the size limit (32 MB for the Messages API), usually from images or files piled up in the conversation.',
  cause:
    "This limit is on bytes, not tokens: the whole request, with every image, PDF and pasted file still in the history, must stay under 32 MB for the Messages API, as Anthropic stated in its SDK tracker. Because the full history is sent on each turn, a long session that collected screenshots can cross it on a message that adds almost nothing. Claude Code usually shows its own message instead of the API's 413 request_too_large, and one investigation found it raised before the request left the machine.",
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Step back past the turn that added the big content.',
      detail: 'Press Esc twice in Claude Code and pick an earlier message, or run /compact to drop old images.',
    },
    {
      title: 'Point at large files by path instead of pasting them.',
      detail: 'The tool can then read them in parts; shrink or crop images before attaching.',
    },
    {
      title: 'Start fresh when a session is full of images.',
      detail: 'Run /clear for a new conversation; the old one stays in /resume.',
    },
    {
      title: 'If it fires on a tiny file or the first prompt, update and report it.',
      detail: 'Users have reported the check misfiring on small files late in long sessions.',
    },
  ],
  related: ['prompt-too-long', 'image-too-large', 'invalid-request'],
  sources: [
    cite(common.apiErrors, 'the 413 request_too_large error and the size limit of a request'),
    githubIssue('anthropics/anthropic-sdk-python#938', 'limits per endpoint: 32 MB Messages API, 256 MB Message Batches, 500 MB Files API'),
    cite(common.claudeCodeErrors, 'removing attachments, compacting or going back with Esc twice when a request is too large'),
    githubIssue('anthropics/claude-code#74048', 'about 38 screenshots in context pushing a 49 KB read over 32 MB'),
    githubIssue('anthropics/claude-code#8092', 'the raw 413 ending sessions in Claude Code'),
    githubIssue('anthropics/claude-code#34751', 'a false alarm on small files after a multi-day session'),
  ],
  reviewed: '2026-12-06',
  change: 'Adds the interactive 32 MB wording of Claude Code 2.1.328 and later; the older ones are marked as such.',
  signals: {
    phrases: [
      { phrase: 'request exceeds the maximum size', weight: 3 },
      { phrase: 'request_too_large', weight: 2 },
      // A server's or proxy's own words for a 413, where Claude is named.
      { phrase: 'request entity too large', weight: 2, onClaude: true },
      { phrase: 'payload too large', weight: 2, onClaude: true },
      { phrase: 'request too large (max', weight: 3 },
      { phrase: "request too large for the api's", weight: 3 },
      // Amazon Bedrock's InvokeModel caps the request body at 25,000,000 bytes.
      { phrase: 'member must have length less than or equal to 25000000', weight: 3 },
    ],
    cues: [['request|payload|body|upload', 'too large|too big|exceeds|exceeded', 'mb|bytes|size']],
    specificity: 3,
    statuses: [413],
  },
} satisfies VariantInput;
