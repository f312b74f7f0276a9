// What the admin is told for each kind of request: the member's wording and the admin's own steps, per variant id.
// Pure data and lookups: no DOM, no catalogue import, so the claim page's script can bundle it.
// Facts: ../shared/FACTS.md §2 (the April 2026 credit), §5 (Team and Enterprise), §7 (spend-limit messages), §12.

/** Where Owners manage usage credits and spend limits (Organization settings > Usage). */
export const orgUsagePage = 'claude.ai/admin-settings/usage';

/** The same page as a link target. */
export const orgUsageUrl = `https://${orgUsagePage}`;

/** One thing the admin does, said to the admin. */
export interface AdminStep {
  /** Stable id: the checklist stores ticks by it, so rewording a step keeps them. */
  id: string;
  /** The action, as an instruction. */
  title: string;
  /** How, or why, in a sentence or two. */
  detail?: string;
  /** The checklist line for this step; a step without one is advice, not a task to tick. */
  check?: string;
}

/** Everything the two admin pages say about one kind of request. */
export interface AdminGuidance {
  /** Follows the member's name in the admin's heading: "Ana asked you to …". */
  headline: string;
  /** What the member asks, after "Could you …"; `{workspace}` stands for the workspace's name. */
  ask: string;
  /** The e-mail subject. */
  subject: string;
  /** Tells the member who can do it and where, in the message they send. */
  who: string;
  /** The admin's reply once it is done, before "for <workspace>. Try … again". */
  done: string;
  /** What the error means, said to the admin; absent when the guide has to explain it. */
  meaning?: string;
  /** The admin's steps, in order. */
  steps: readonly AdminStep[];
}

/** One line of the admin's checklist. */
export interface ChecklistItem {
  id: string;
  label: string;
}

const ownersManage = `Owners and Primary Owners manage this at ${orgUsagePage}.`;

const open: AdminStep = {
  id: 'open',
  title: `Open ${orgUsagePage} signed in with your work account.`,
  detail:
    'This is Organization settings > Usage. Owners and Primary Owners can switch usage credits on, buy them and set spend limits there, and on Enterprise so can a custom role whose Billing permission is "Can manage". If the page lets you change nothing, forward this to someone who holds one of those roles.',
};

const creditsOn: AdminStep = {
  id: 'credits-on',
  title: 'Make sure usage credits are switched on for the organization and for this person.',
  detail:
    'They can be on for the whole organization or only for chosen people, so one member can be refused while the balance still has money in it.',
  check: 'Usage credits are on for the organization and for this person',
};

const balance: AdminStep = {
  id: 'balance',
  title: 'On Team, look at the balance and buy more usage credits if it is empty.',
  detail:
    'Team pays for credits in advance; auto-reload ("Reload when balance reaches") buys more before they run out. Seat-based Enterprise is billed monthly afterwards, so there a limit, not a balance, is what stops people.',
  check: 'There is money in the balance (Team), with auto-reload if you want it',
};

const orgLimit: AdminStep = {
  id: 'org-limit',
  title: "Check the organization's monthly spend limit.",
  detail:
    'Change it with "Adjust limit", then "Set spend limit" or "Set to unlimited". Each request is checked before it runs, so the last one in a month can end slightly above the limit.',
  check: "The organization's spend limit fits this month's work",
};

const groupLimit: AdminStep = {
  id: 'group-limit',
  title: 'On Enterprise, check the limit of their group or seat tier.',
  detail:
    'Seat-tier limits are under the "By group" tab. For someone in more than one group, the "Multi-group spend limit" setting picks whether the higher or the lower limit counts.',
  check: 'Group and seat-tier limits checked',
};

const memberLimit: AdminStep = {
  id: 'member-limit',
  title: 'Check their own limit under "Spend limits by user".',
  detail:
    '"Edit limit" changes it. A person who reaches their own limit has their usage credits paused until the month ends, unless you raise it; on Enterprise, a limit set for the person wins over their group\'s.',
  check: "This person's own limit is raised, or kept on purpose",
};

const requests: AdminStep = {
  id: 'requests',
  title: 'Answer their request under "Review requests", if one is waiting.',
  detail:
    'Members can ask from Claude ("Request usage credits") or by running /usage-credits in Claude Code, and admins get a daily e-mail about waiting requests. "Increase limit" grants one.',
  check: 'Waiting requests answered',
};

const retry: AdminStep = {
  id: 'retry',
  title: 'Tell them to try again.',
  detail:
    'Some tools keep printing the old error until they are restarted or a new session begins. If another message appears, they can paste it into this site to find out what it is.',
  check: 'Told them to retry',
};

/** The steps and checklist for a request that names no error, and for the admin guide. */
export const generalGuidance: AdminGuidance = {
  headline: "asked you to check the workspace's usage credits",
  ask: 'check the usage credits of {workspace}: they may be switched off for me, used up, or held back by a spend limit',
  subject: "Could you check our Claude workspace's usage credits?",
  who: ownersManage,
  done: "Done: I checked the workspace's usage credits",
  steps: [open, creditsOn, balance, orgLimit, groupLimit, memberLimit, requests, retry],
};

/** For an organization error without an entry of its own (a variant added after this map was written). */
export const organizationFallback: AdminGuidance = {
  headline: 'asked for your help with a workspace error',
  ask: 'look at a Claude error in {workspace} that only an admin can clear',
  subject: 'Could you help with a Claude workspace error?',
  who: ownersManage,
  done: "Done: I went through the workspace's usage settings",
  steps: generalGuidance.steps,
};

/** The admin's text per variant id; any other variant an admin can act on gets `organizationFallback`. */
export const adminGuidance: Readonly<Record<string, AdminGuidance>> = {
  'org-credit-claim': {
    headline: 'asked you about the organization credit message',
    ask: 'look at the usage credits of {workspace}: my tool says a credit is waiting for an admin to claim',
    subject: "Could you look at our Claude workspace's usage credits?",
    who: ownersManage,
    done: "Done: I checked the workspace's usage credits",
    meaning:
      'Their tool printed the April 2026 message about a credit for the organization. That credit can no longer be claimed; what lets them work today is usage credits that are switched on and have room to spend.',
    steps: [
      {
        id: 'no-claim',
        title: 'Do not look for a credit to claim: that offer has ended.',
        detail:
          'In April 2026 eligible Team organizations were offered a one-time credit. It had to be claimed by 17 April 2026 and lapsed 90 days after it was claimed, so no banner will appear now.',
      },
      open,
      creditsOn,
      balance,
      retry,
    ],
  },
  'org-add-more': {
    headline: 'asked you to add usage credits',
    ask: 'add usage credits to {workspace}, or switch them on for me',
    subject: 'Could you add usage credits to our Claude workspace?',
    who: ownersManage,
    done: 'Done: usage credits are on and funded',
    meaning:
      "Their tool's requests are paid from the organization's usage credits, and there is nothing they can spend: the credits are used up, switched off, or switched off for them.",
    steps: [open, creditsOn, balance, orgLimit, requests, retry],
  },
  'org-spend-limit-reached': {
    headline: 'asked you to raise a spend limit',
    ask: 'raise the monthly spend limit that stops my tool in {workspace} (the organization’s, our group’s or a channel’s)',
    subject: 'Could you raise our Claude spend limit?',
    who: ownersManage,
    done: 'Done: I raised the spend limit',
    meaning:
      "A monthly spend limit above the person was reached: the organization's, a group's pooled budget, or a Slack channel's. Nothing more is spent under it until it is raised or the month changes.",
    steps: [
      {
        id: 'which-limit',
        title: 'Tell from their message which limit it was.',
        detail:
          '"org\'s monthly spend limit" is the whole organization\'s; "team\'s shared budget" or "team\'s pooled group budget" is a group\'s pooled limit on Enterprise; "channel\'s monthly spend limit" is a Slack channel\'s. On usage-based Enterprise the same messages say "usage limit" instead, but that word alone proves nothing: in April and May 2026 Claude Code also printed "org\'s monthly usage limit" to Team, Pro and Max users whose own plan limit had run out.',
      },
      open,
      orgLimit,
      groupLimit,
      {
        id: 'channel-limit',
        title: "For a channel's limit, raise it on the same Usage page, where each Slack channel has its own limit.",
        detail:
          "Claude Tag (Claude in Slack channels) charges a channel's work to the organization's balance under a limit of its own; the usage page lists the per-channel limits and what each channel spent. The member's message says \"the channel's Claude settings\", but this page is where the limit changes. On Team, credits have to be bought before channels can use them.",
        check: "The channel's limit is raised, if it was a channel",
      },
      retry,
    ],
  },
  'member-spend-limit': {
    headline: 'asked you for a higher spend limit',
    ask: 'raise my own monthly spend limit in {workspace}',
    subject: 'Could you raise my Claude spend limit?',
    who: ownersManage,
    done: 'Done: I raised your spend limit',
    meaning: 'They reached the monthly limit set for them alone. Their usage credits stay paused until the month ends unless you raise it.',
    steps: [
      open,
      requests,
      {
        ...memberLimit,
        detail: `${memberLimit.detail ?? ''} Claude Code before 2.1.268 (September 2026) showed this same text for a group's pooled budget, so if their own limit is not the one reached, look at their group's.`,
      },
      groupLimit,
      retry,
    ],
  },
  // Offered only while the catalogue names the admin as this error's actor; kept so the fallback never answers it.
  'subscription-access-disabled': {
    headline: 'asked you to check Claude Code access',
    ask: 'check whether Claude Code may use the subscription of {workspace}, and allow it if it should',
    subject: 'Could you check Claude Code access for our workspace?',
    who: 'A workspace admin can switch it back on in the organization settings.',
    done: 'Done: I checked subscription access for Claude Code',
    meaning:
      'Your organization does not let Claude Code sign in with its Claude subscription (error code oauth_org_not_allowed). That is a setting, so adding usage credits changes nothing, and signing in again does not help.',
    steps: [
      {
        id: 'decide',
        title: 'Decide whether members should use their Claude seats in Claude Code.',
        detail: 'It is a deliberate organization setting, so nothing changes until someone changes it.',
      },
      {
        id: 'enable',
        title: 'If they should, switch Claude Code access back on in your organization settings.',
        detail:
          "Anthropic's error reference says an admin turns it on but does not name the switch, and this site will not guess its label: look through Organization settings.",
        check: 'Claude Code access decided, and switched on if it should be',
      },
      {
        id: 'api-key',
        title: 'If they should not, tell them to use an Anthropic API key.',
        detail: "The message itself offers that route: requests with a key are billed to a Claude Console account, not to the organization's seats.",
      },
      retry,
    ],
  },
};

/** The guidance for a request: its variant's own entry, the organization fallback, or the general one when none is named. */
export function guidanceFor(variant: string | undefined): AdminGuidance {
  if (!variant) return generalGuidance;
  return Object.hasOwn(adminGuidance, variant) ? (adminGuidance[variant] ?? organizationFallback) : organizationFallback;
}

/** The checklist built from a list of steps: one line per step that has something to tick. */
export function checklistFor(steps: readonly AdminStep[]): ChecklistItem[] {
  return steps.flatMap((step) => (step.check ? [{ id: step.id, label: step.check }] : []));
}

/** A piece of step text: plain, or the organization usage page to link. */
export type TextPart = { text: string; href?: string };

/** Splits text so that each mention of the organization usage page can be shown as a link (text only, no markup). */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  text.split(orgUsagePage).forEach((plain, index) => {
    if (index > 0) parts.push({ text: orgUsagePage, href: orgUsageUrl });
    if (plain) parts.push({ text: plain });
  });
  return parts;
}
