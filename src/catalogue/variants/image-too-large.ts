import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'image-too-large',
  group: 'request',
  title: 'Image too large for the API',
  wordings: [
    {
      text: 'messages.<n>.content.<m>.image.source.base64.data: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels',
      surface: 'Anthropic API (many images in one conversation)',
      firstSeen: '2025-10-11',
      lastSeen: '2026-04-16',
      source: githubIssue('anthropics/claude-code#49537', 'the many-image limit hit in Claude Code 2.1.111'),
    },
    {
      text: 'messages.<n>.content.<m>.image.source.base64.data: At least one of the image dimensions exceed max allowed size: 8000 pixels',
      surface: 'Anthropic API',
      firstSeen: '2025-08-04',
      lastSeen: '2026-03-25',
      source: githubIssue('anthropics/claude-code#4778', 'a full-page browser screenshot from an MCP tool, repeated on every message'),
    },
    {
      text: 'messages.<n>.content.<m>.image.source.base64: image exceeds 5 MB maximum: <bytes> bytes > 5242880 bytes',
      surface: 'Anthropic API',
      firstSeen: '2024-08-24',
      lastSeen: '2026-01-03',
      source: githubIssue('earendil-works/pi#424', 'the 5 MB form, and pi retrying the downsizing until it fits'),
    },
    {
      text: 'Image was too large. Double press esc to go back and try again with a smaller image.',
      surface: 'Claude Code',
      firstSeen: '2025-12-23',
      lastSeen: '2026-08',
      source: githubIssue('anthropics/claude-code#15108', "Claude Code's own wording for an oversized image"),
    },
    {
      text: 'An image in the conversation exceeds the dimension limit for many-image requests (2000px). Run /compact to remove old images from context, or start a new session.',
      surface: 'Claude Code',
      firstSeen: '2026-04-16',
      lastSeen: '2026-04-17',
      source: githubIssue('anthropics/claude-code#49720', "Claude Code's wording for the many-image limit"),
    },
    {
      text: 'Image base64 size (<size>) exceeds API limit (<limit>). Please resize the image before sending.',
      surface: 'Claude Code (the VS Code extension and the CLI), checked before sending',
      firstSeen: '2026-01-22',
      lastSeen: '2026-04-13',
      source: githubIssue('anthropics/claude-code#20021', 'a screenshot refused in the VS Code extension as 8.4 MB of base64 against 5.0 MB', {
        claim: 'Claude Code for VS Code refused a screenshot with "Image base64 size (8.4 MB) exceeds API limit (5.0 MB)" on 22 January 2026.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'An image in the conversation is over the size or pixel limit: 5 MB, 8000 px, or 2000 px once many images are present.',
  cause:
    'The API checks every image still in the conversation, not only the newest. A single image may be up to 8000 pixels on its longest edge; once a conversation holds many images the limit per image drops to 2000 pixels; and each encoded image must stay under 5 MB. Screenshots from browser tools and high-resolution displays pass these easily. Because the image stays in the history, older tools repeat the same 400 on every later message until it is removed.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Get the image out of the conversation.',
      detail:
        'In Claude Code press Esc twice (or /rewind) to a point before it, or run /compact, which drops old images; otherwise start a new session.',
    },
    {
      title: 'Resize before sending it again.',
      detail: 'Stay under 2000 pixels on the longest edge if the conversation holds several images, 8000 pixels for a single one, and under 5 MB.',
    },
    {
      title: 'Crop instead of capturing the whole screen.',
      detail: 'A tighter screenshot of the part that matters is smaller and easier for the model to read.',
    },
    {
      title: 'Update Claude Code.',
      detail: 'Its error reference says that from 2.1.142 an image the API refuses is replaced by a text placeholder, so the session continues.',
    },
  ],
  related: ['request-too-large', 'prompt-too-long', 'invalid-request'],
  sources: [
    cite(
      common.claudeCodeErrors,
      'the image size limits, /compact dropping old images, and since 2.1.142 a text placeholder in place of an image the API refuses',
    ),
    cite(common.claudeCodeChangelog, 'image blocks that fail to process turning into a text placeholder instead of ending the session (2.1.113)'),
    githubIssue('anthropics/claude-code#4778', 'an MCP screenshot over 8000 pixels blocking every later message'),
    githubIssue('anthropics/claude-code#49537', 'the 2000-pixel many-image limit'),
    githubIssue('gptme/gptme#185', 'the 5 MB limit from a hard-to-compress screenshot'),
    githubIssue('Gitlawb/openclaude#520', 'a fork lowering its resize target below 2000 pixels to stay clear of the many-image limit'),
  ],
  reviewed: '2026-12-04',
  change: 'Adds Claude Code\'s own base64-size check of January 2026 ("Image base64 size … exceeds API limit …").',
  signals: {
    phrases: [
      // Amp's card for the API's 5 MB image refusal (@sourcegraph/amp 0.0.1777897475, dist/main.js).
      { phrase: 'the attached image is too large. please compress or resize your image', weight: 3 },
      // Claude Code's own lines: its check before sending ("Unable to resize image (6.1 MB raw, 8.1 MB base64). The image
      // exceeds the 5MB API limit and compression failed.", @anthropic-ai/claude-code 2.1.50's cli.js) and what it puts in
      // the transcript after the API refused an image's size in a request with many ("[Image removed: dimensions exceeded
      // the 2000px limit for requests with many images]", its 2.1.140 binary).
      { phrase: 'the image exceeds the 5mb api limit and compression failed', weight: 3 },
      { phrase: 'dimensions exceeded the 2000px limit for requests with many images', weight: 3 },
      { phrase: 'exceeded 2000px many-image limit', weight: 3 },
      // claude.ai before sending a chat over its image count (anthropics/claude-quickstarts#422).
      { phrase: 'will exceed the maximum image count for this chat', weight: 3 },
      { phrase: 'image exceeds 5 mb maximum', weight: 3 },
      { phrase: 'image dimensions exceed max allowed size', weight: 3 },
      { phrase: 'exceeds the dimension limit for many-image requests', weight: 3 },
      { phrase: 'image was too large', weight: 3 },
      // Claude Code's own check, one image or several: "Image base64 size (5.1MB) exceeds API limit (5MB)",
      // "3 images exceed the API limit (5MB): Image 4: 7.5MB, …".
      { phrase: 'image base64 size', weight: 3 },
      { phrase: 'images exceed the api limit', weight: 3 },
    ],
    cues: [['image|images', 'too large|exceeds|exceed|exceeded|dimensions|dimension|too big|max allowed|size limit']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
