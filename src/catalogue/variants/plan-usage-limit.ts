import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, orgUsageLimitOnPersonalPlan, readOn } from '../sources.ts';

const errorsPage = {
  title: 'Claude Code docs: Error reference, "You\'ve hit your session limit" (mirrored copy describing v2.1.286)',
  url: 'https://code.claude.com/docs/en/errors#youve-hit-your-session-limit',
  read: readOn.factBase,
};
const helpCenterErrors = {
  title: 'Claude Help Center: "Understanding Claude error messages" (the claude.ai 5-hour limit texts)',
  url: 'https://support.claude.com/en/articles/12466728-understanding-claude-error-messages',
  read: '2026-02-10',
};

export default {
  id: 'plan-usage-limit',
  group: 'plan-limit',
  title: "Plan's session or weekly limit reached",
  wordings: [
    {
      text: "You've hit your 5-hour limit · resets <time>",
      surface: 'Claude Code 2.1.328 and later; its warning: "You\'ve used <n>% of your 5-hour limit"',
      firstSeen: '2026-11-18',
      source: cite(common.binary337, 'the "5-hour limit" name of the five_hour window and the warning built on it, also in 2.1.328 and 2.1.332'),
    },
    {
      text: "You've hit your session limit · resets <time> (<time zone>)",
      surface: 'Claude Code before 2.1.328',
      firstSeen: '2026-05-22',
      lastSeen: '2026-09-10',
      legacy: true,
      source: githubIssue('anthropics/claude-code#79136', 'the session-limit line twice, with the /login hint under it'),
    },
    {
      text: "You've hit your weekly limit · resets <date, time> (<time zone>)",
      surface: 'Claude Code',
      firstSeen: '2026-05-25',
      lastSeen: '2026-09-14',
      source: githubIssue('anthropics/claude-code#94390', 'the weekly-limit line as the title of an auto-filed report'),
    },
    {
      text: 'Usage limit reached · set to continue automatically <when>',
      surface: 'Claude Code 2.1.332 and later, set to go on after the reset',
      firstSeen: '2026-11-24',
      source: cite(common.binary337, 'the lines of a session set to continue by itself after the reset; also in 2.1.332'),
    },
    {
      text: 'Usage limit reached · continuing automatically at <time> · esc to cancel',
      surface: 'Claude Code 2.1.234 (as the docs gave it)',
      firstSeen: '2026-08-17',
      legacy: true,
      source: {
        title: 'Claude Code documentation: Interactive mode, "Wait for a usage limit to reset" (v2.1.234 and later)',
        url: 'https://code.claude.com/docs/en/interactive-mode#wait-for-a-usage-limit-to-reset',
        claim: 'the line shown while a session waits to continue by itself after the reset, since 2.1.234',
        read: readOn.docsMirror,
      },
    },
    {
      text: "You've used 85% of your session limit · resets <time>",
      surface: 'Claude Code warning before the window runs out, before 2.1.328',
      firstSeen: '2026-09',
      legacy: true,
      source: cite(errorsPage, 'the 85% warning before the session window runs out'),
    },
    {
      text: '5-hour limit reached - resets [time].',
      surface: 'claude.ai (chat)',
      firstSeen: '2026-02-10',
      source: cite(helpCenterErrors, 'claude.ai\'s "5-hour limit reached" text, as the article read in a copy of 10 February 2026'),
    },
    {
      text: '5-hour limit resets [time] - continuing with extra usage.',
      surface: 'claude.ai with usage credits (then called extra usage) turned on',
      firstSeen: '2026-02-10',
      source: cite(helpCenterErrors, "claude.ai's text when usage credits (then extra usage) take over after the 5-hour limit"),
    },
    {
      text: "You've hit your limit · resets <time> (<time zone>)",
      surface: 'Claude Code: once for any spent window; since 2.1.328 when usage credits are refused too',
      firstSeen: '2026-01-20',
      lastSeen: '2026-05-03',
      source: githubIssue('anthropics/claude-code#41117', 'the older line, with the raw 429 body logged under it'),
    },
    {
      text: 'Weekly limit reached · resets <date, time> (<time zone>)',
      surface: 'Claude Code 2.0 (also "5-hour limit reached · resets …" and "Session limit reached · resets …")',
      firstSeen: '2025-11-29',
      legacy: true,
      source: githubIssue('anthropics/claude-code#12686', 'the 2.0-era weekly wording over the raw 429 body'),
    },
    {
      text: 'Claude AI usage limit reached|<Unix time of the reset>',
      surface: 'Claude Code 1.x and early 2.0',
      firstSeen: '2025-08',
      lastSeen: '2025-10-03',
      legacy: true,
      source: githubIssue('anthropics/claude-code#8835', 'the pipe-and-timestamp form on a Max plan'),
    },
    {
      text: 'Claude usage limit reached. Your limit will reset at <time> (<time zone>).',
      surface: 'Claude Code 1.x and 2.0 (2025), over the 429 rate_limit_error',
      firstSeen: '2025-06-14',
      lastSeen: '2025-12-22',
      legacy: true,
      source: githubIssue('anthropics/claude-code#2087', 'the classic limit line in Claude Code 1.0.24', {
        claim: 'Shows the sentence-form plan-limit message with its reset time and zone, June 2025.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 429,
  errorType: 'rate_limit_error',
  summary: "Your plan's session (5-hour) or weekly allowance is used up; it comes back by itself at the reset time shown.",
  cause:
    'Pro, Max, Team and seat-based Enterprise plans include usage that refills in windows: a 5-hour window and a weekly one, both shared by every model. When one is spent, Claude Code and claude.ai stop until it resets. Underneath, the API answers with a 429 whose body only says the request "would exceed your account\'s rate limit"; the line with the reset time is the tool\'s own reading of that refusal. Nothing is wrong with billing or with the tool.',
  audience: 'personal',
  actor: 'wait',
  steps: [
    {
      title: 'Read which window ran out and when it resets.',
      detail:
        'The time is in the zone shown in brackets. The weekly reset is a fixed time for your account, shown in Settings > Usage and by /usage.',
    },
    {
      title: 'Leave the Claude Code session open if you can wait.',
      detail:
        'Since 2.1.234 an interactive session on a subscription goes on by itself after the reset; turn that off in /config under "Continue automatically at usage limit".',
    },
    {
      title: 'If the work cannot wait, continue on usage credits.',
      detail:
        'They bill at API rates, so set a monthly spend limit. On Pro and Max, /usage-credits opens Settings > Usage to turn them on; on Team and Enterprise it sends your admins a request.',
    },
    { title: 'If you hit the weekly limit week after week, compare plans at claude.com/pricing.' },
    {
      title: 'For the old "Claude AI usage limit reached|<number>" form, convert the number to a date.',
      detail: 'It is a Unix time in seconds: date -d @<number> on Linux, date -r <number> on macOS.',
    },
  ],
  related: ['model-limit', 'rate-limited', 'spend-limit-reached', 'out-of-extra-usage'],
  sources: [
    cite(errorsPage, 'the session and weekly limit messages, shared across models, and waiting or /usage-credits as the ways on (v2.1.286)'),
    cite(helpCenterErrors, 'the claude.ai limit texts in a copy of the article of 10 February 2026'),
    {
      title: 'Claude Help Center: "Using Claude Code with your Pro or Max plan" (session and weekly limits)',
      url: 'https://support.claude.com/en/articles/11145838',
      claim: 'session and weekly limits for Claude Code on Pro and Max, shared with claude.ai',
      read: readOn.helpCenter,
    },
    githubIssue('anthropics/claude-code#74079', 'a maintainer closing an auto-filed session-limit notice as expected behaviour'),
    githubIssue('anthropics/claude-code#12686', 'the plan text and the generic 429 body in one report'),
    githubIssue('anthropics/claude-code#52908', 'the org monthly usage limit text on a Pro account with Claude Code 2.1.119, 24 April 2026'),
    orgUsageLimitOnPersonalPlan,
    cite(common.claudeCodeChangelog, 'sessions on a subscription continuing by themselves after the reset, since 2.1.234'),
  ],
  reviewed: '2026-12-06',
  change:
    'Claude Code 2.1.328 and later say "5-hour limit": that wording now leads, and the session-limit ones are older; "You\'ve hit your limit" is still printed.',
  signals: {
    phrases: [
      // Claude Code 2.1.337's automatic continue after a spent window: "Usage limit reached · set to continue automatically at
      // 3pm", "… reached again · …", and "Automatic continue stopped · the usage limit now resets more than 24 hours out"
      // (the binary in @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337).
      { phrase: 'usage limit reached · set to continue automatically', weight: 3 },
      { phrase: 'usage limit reached again · set to continue automatically', weight: 3 },
      { phrase: 'automatic continue stopped · the usage limit now resets', weight: 3 },
      // Claude Code 2.1.240's status after a spent 5-hour window, once lower priority was chosen ("Working at lower priority
      // until 3:45pm", its binary).
      { phrase: 'working at lower priority until', weight: 3 },
      // The opening Claude Code 2.0 reads as a plan-limit notice (@anthropic-ai/claude-code 2.0.45's cli.js lists "Your rate
      // limits will reset" among them).
      { phrase: 'your rate limits will reset', weight: 3 },
      // Claude Code's own lines in its 2.1.332 binary (npm, 24 November 2026).
      { phrase: 'usage limit reached · set to continue automatically', weight: 3 },
      { phrase: 'usage limit reached · continues automatically when it resets', weight: 3 },
      { phrase: 'usage limit reached · send a message after it resets', weight: 3 },
      // The same pauses as 2.1.190 and 2.1.260 word them (their linux-x64 binaries on npm), and the banners around them.
      { phrase: 'usage limit reached · continuing automatically', weight: 3 },
      { phrase: 'usage limit reached · continuing shortly', weight: 3 },
      { phrase: 'usage limit reached · finishing up', weight: 3 },
      { phrase: 'usage limit reached · a little extra on us', weight: 3 },
      { phrase: 'usage limit reached again after you continued', weight: 3 },
      { phrase: 'lower-priority mode ended · you have reached your weekly usage limit', weight: 3 },
      { phrase: 'approaching your 5-hour usage limit — claude will wrap up', weight: 3 },
      // The apps' banners as a window nears its end (anthropics/claude-code#51550, #84590, #67938), and the line a Team member
      // sees with its reset (anthropics/claude-code#14518: "Limit reached · resets … · contact an admin to increase limits").
      { phrase: 'approaching usage limit', weight: 3 },
      { phrase: 'approaching weekly usage limit', weight: 3 },
      { phrase: 'weekly usage limit almost reached', weight: 3 },
      { phrase: 'contact an admin to increase limits', weight: 3 },
      // Its 2.0 wording for a Team or Enterprise member once usage credits could not take over ("Limit reached – contact an
      // admin to keep working"; @anthropic-ai/claude-code 2.0.10's cli.js).
      { phrase: 'limit reached – contact an admin to keep working', weight: 3 },
      // Claude Code 2.0's line for a spent window that usage credits could not take over, on a plan without them turned on
      // ("Limit reached · resets … · /upgrade to Max or turn on /extra-usage", @anthropic-ai/claude-code 2.0.60's cli.js).
      // Light: the same advice ends a model's weekly line ("Opus weekly limit reached · … or turn on /extra-usage"), which
      // stays the model-limit guide.
      { phrase: 'or turn on /extra-usage', weight: 1 },
      // The limit named "usage" when no window is (anthropics/claude-code#60751: "You've hit your usage limit.").
      { phrase: "you've hit your usage limit", weight: 3 },
      // Claude Code in the desktop app (anthropics/claude-code#62125): "You've reached your usage limit. Try again after…".
      { phrase: "you've reached your usage limit. try again after your limit resets", weight: 3 },
      { phrase: "you've hit your session limit", weight: 3 },
      { phrase: "you've hit your weekly limit", weight: 3 },
      { phrase: "you've hit your 5-hour limit", weight: 3 },
      { phrase: "you've hit your limit", weight: 3 },
      { phrase: 'session limit reached', weight: 3 },
      { phrase: 'weekly limit reached', weight: 3 },
      { phrase: '5-hour limit reached', weight: 3 },
      { phrase: '5-hour limit resets', weight: 3 },
      { phrase: 'approaching 5-hour limit', weight: 3 },
      // claude.ai's limit texts in German (the Help Center's article 12466728 in German, a stored copy read on 6 December
      // 2026): "Nähert sich dem 5-Stunden-Limit.", "5-Stunden-Limit erreicht – setzt zurück [Zeit].", "5-Stunden-Limit setzt
      // zurück [Zeit] – wird mit zusätzlicher Nutzung fortgesetzt." Their Japanese is in src/catalogue/translations.ts.
      { phrase: 'nähert sich dem 5-stunden-limit', weight: 3 },
      { phrase: '5-stunden-limit erreicht', weight: 3 },
      { phrase: '5-stunden-limit setzt zurück', weight: 3 },
      // The same banner once the window was called a session (@anthropic-ai/claude-code 2.1.100's cli.js: "Approaching
      // session limit · resets …").
      { phrase: 'approaching session limit', weight: 3 },
      { phrase: 'claude ai usage limit reached', weight: 3 },
      // claude.ai's Free-plan banner of 2023 (KoushikNavuluri/Claude-API#72: "You are out of free messages until 3 PM").
      { phrase: 'you are out of free messages until', weight: 3 },
      // claude.ai's older banner, of its message-count days (arsturn.com's post on the usage limit): Claude's where Claude is
      // named, as other chat apps print the same words.
      { phrase: "you've reached your message limit", weight: 2, onClaude: true },
      // Claude Code's classic line (2025 on, still pasted): "Claude usage limit reached. Your limit will reset at 5pm (…)."
      { phrase: 'claude usage limit reached', weight: 3 },
      { phrase: 'your limit will reset at', weight: 2 },
      { phrase: 'continuing automatically at', weight: 3 },
      { phrase: 'of your session limit · resets', weight: 3 },
      { phrase: 'of your weekly limit · resets', weight: 3 },
      // The warnings Claude Code 2.1.328 to 2.1.337 build from the window's name as it nears its end ("You've used 90% of your
      // 5-hour limit · resets 3pm", "Over 90% of your weekly limit used", "Approaching weekly limit"; the 2.1.337 binary).
      { phrase: 'of your 5-hour limit · resets', weight: 3 },
      { phrase: 'of your 5-hour limit used', weight: 3 },
      { phrase: 'of your weekly limit used', weight: 3 },
      { phrase: 'approaching weekly limit', weight: 3 },
      { phrase: 'resets', weight: 1 },
      { phrase: '/upgrade to increase your usage limit', weight: 1 },
      { phrase: '/login to switch to an api usage-billed account', weight: 1 },
    ],
    // Its pastes often carry the generic 429 body too; the plan line is the more specific reading.
    cues: [
      ['session|5 hour|five hour|weekly|plan', 'limit', 'reached|hit|resets|reset|exceeded'],
      ['usage limit|usage limits', 'reached|hit|exceeded'],
    ],
    specificity: 4,
    statuses: [429],
  },
} satisfies VariantInput;
