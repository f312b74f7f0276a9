// The corrections of 2026-12-04 (issue 17): each claim found false or unsourced stays corrected on every page it touches.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getVariant, variants } from '../../src/catalogue/index.ts';
import { agentSdkCreditStatus, worldChanges } from '../../src/catalogue/world.ts';
import { guidanceFor } from '../../src/admin/guidance.ts';
import { billingDiagram } from '../../src/diagrams/billing.ts';

/** Every file whose text ends up on a page: guide prose, catalogue, admin, diagrams, credits and page templates. */
function pageSources(folder: string): { path: string; text: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return pageSources(path);
    return /\.(ts|astro|mdx)$/.test(name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}
const pageFiles = ['content/guides', 'src/catalogue', 'src/admin', 'src/diagrams', 'src/credits', 'src/pages', 'src/machine-readable'].flatMap(
  pageSources,
);
const guide = (id: string) => readFileSync(join('content', 'guides', `${id}.mdx`), 'utf8');
/** Every source the catalogue and the changes page cite, wordings' sources included. */
const allSources = [
  ...variants.flatMap((variant) => [...variant.sources, ...variant.wordings.map((wording) => wording.source)]),
  ...worldChanges.map((change) => change.source),
];

describe('corrections of 2026-12-04', () => {
  test('Opus with 1M context needs usage credits on Pro, Opus 4.7 and 4.8 included', () => {
    const { cause, sources } = getVariant('long-context-needs-credits');
    expect(cause).toMatch(/needs usage credits on Pro, Opus 4\.7 and 4\.8 included/);
    expect(cause).not.toMatch(/Opus 4\.7 and later have the 1M window on every plan/);
    expect(sources.map((source) => source.url)).toContain('https://support.claude.com/en/articles/8606394');
    expect(guide('long-context-needs-credits')).toMatch(/on Pro its plan table still requires usage credits for Opus with 1M context/);
  });

  test('OpenClaw #136364 is dated to its merge on 5 September 2026, in the guide and on the changes page', () => {
    const change = worldChanges.find((entry) => entry.source.url.endsWith('/openclaw/openclaw/issues/136364'));
    expect(change?.date).toBe('2026-09-05');
    const steps = getVariant('openclaw-billing-error').steps.map((step) => step.title);
    expect(steps.filter((title) => title.includes('#136364'))).toEqual([expect.stringContaining('5 September 2026')]);
  });

  test('the unmerged OpenClaw #80895 is cited nowhere', () => {
    expect(allSources.filter((source) => source.url.includes('/openclaw/openclaw/issues/80895'))).toEqual([]);
  });

  test('the 3 April 2026 e-mail is cited per paragraph, and its unsourced subject line is gone', () => {
    const emails = allSources.filter((source) => source.title.startsWith('Anthropic email of 3 April 2026'));
    expect(new Set(emails.map((source) => source.url))).toEqual(
      new Set(['https://github.com/rynfar/meridian/issues/255', 'https://github.com/paperclipai/paperclip/issues/2681']),
    );
    expect(
      pageFiles.filter((file) => file.text.includes('Using third-party harnesses with your Claude subscription')).map((file) => file.path),
    ).toEqual([]);
  });

  test('"org\'s monthly usage limit" is not read as proof of usage-based Enterprise', () => {
    const variant = getVariant('org-spend-limit-reached');
    const wording = variant.wordings.find((entry) => entry.text === "You've hit your org's monthly usage limit");
    expect(wording?.surface).toMatch(/Pro, Max and Team/);
    expect(variant.cause).toMatch(/That word alone proves nothing/);
    expect(guidanceFor('org-spend-limit-reached').steps.find((step) => step.id === 'which-limit')?.detail).toMatch(/Team, Pro and Max/);
  });

  test("Claude's Telegram plugin is Anthropic's own and printed the out-of-extra-usage refusal", () => {
    const variant = getVariant('llm-request-rejected');
    expect(variant.cause).toMatch(/Telegram channel plugin, which Anthropic publishes/);
    expect(variant.sources.map((source) => source.url)).toContain('https://github.com/anthropics/claude-code/issues/44702');
    const notFromAnthropic = guide('llm-request-rejected').split('## Not from Anthropic')[1]!.split('\n## ')[0]!;
    expect(notFromAnthropic).not.toMatch(/Telegram/);
  });

  test('a channel limit is raised on the organization usage page, on the admin guide and the guide alike', () => {
    const step = guidanceFor('org-spend-limit-reached').steps.find((entry) => entry.id === 'channel-limit');
    expect(step?.title).toMatch(/Usage page/);
    expect(step?.title).not.toMatch(/channel's Claude settings/);
    expect(readFileSync('src/pages/admin/index.astro', 'utf8')).not.toMatch(/changes in that channel's Claude settings/);
  });

  test('a blocked personal plan is usually, not almost always, a billing problem', () => {
    expect(guide('subscription-access-disabled')).not.toMatch(/almost always/);
    expect(guide('subscription-access-disabled')).toContain('Your subscription is paused. Pay your invoice to restore access.');
  });

  test('no page dates the settings page rename: only Claude Code took the new name on 19 May 2026', () => {
    const dated = pageFiles.filter(
      (file) => /(until|since) (19 )?May 2026|renamed usage credits in May/.test(file.text) && !file.path.endsWith('dates.ts'),
    );
    expect(dated.map((file) => file.path)).toEqual([]);
  });

  test('no page claims what Claude Code before 2.1.235 showed for an account on hold', () => {
    expect(pageFiles.filter((file) => /before (Claude Code )?2\.1\.235/.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  test("the Agent SDK credit is the help center's word, with its last dated check and the contrary report as unconfirmed", () => {
    expect(agentSdkCreditStatus).toContain('25 August 2026');
    expect(agentSdkCreditStatus).toContain('openclaw/openclaw#128131');
    expect(billingDiagram.notes).toContain(agentSdkCreditStatus);
    expect(pageFiles.filter((file) => /never (took|takes) effect|never started/.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  test('the smaller dates follow the sources that show them', () => {
    expect(getVariant('starter-credit-20').wordings[0]?.lastSeen).toBe('2026-04-11');
    const deprecation = getVariant('temperature-and-top-p').wordings.find((wording) => wording.text.startsWith('`temperature` is deprecated'));
    expect(deprecation?.firstSeen).toBe('2026-04-18');
    expect(worldChanges.find((change) => change.source.url.endsWith('/NousResearch/hermes-agent/issues/13972'))?.date).toBe('2026-04-22');
    expect(getVariant('model-not-available').sources.map((source) => source.url)).toContain('https://github.com/CherryHQ/cherry-studio/issues/3340');
    expect(getVariant('spend-limit-reached').steps[0]?.title).toMatch(/weekly limit resets/);
  });

  test('the unconfirmed items are sourced where the site says them, and absent elsewhere', () => {
    const ultra = pageFiles.filter((file) => /\bUltra\b/.test(file.text)).map((file) => file.path);
    expect(ultra.sort()).toEqual(['content/guides/api-credit-too-low.mdx', 'src/catalogue/variants/api-credit-too-low.ts', 'src/catalogue/world.ts']);
    expect(getVariant('api-credit-too-low').sources.map((source) => source.url)).toContain(
      'https://platform.claude.com/docs/en/about-claude/api-credits-for-subscribers',
    );
    expect(pageFiles.filter((file) => /25 ?% (increase|more)|permanent 25/i.test(file.text)).map((file) => file.path)).toEqual([]);
    expect(worldChanges.find((change) => change.title.startsWith('Fast mode on Opus 4.8'))?.date).toBe('2026-11-30');
  });
});
