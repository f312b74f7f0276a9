// Claude's app messages in Japanese and German, as the Help Center's article 12466728 gives them in those languages, and
// the Japanese capacity message as a public post quotes it: each names the guide its English does.
import { describe, expect, test } from 'vitest';
import { translatedWordings } from '../../src/catalogue/translations.ts';
import { readMatcherData } from '../../src/matcher/read-data.ts';
import { data, diagnoseText, evidenceWords } from './matcher-helpers.ts';

describe('Japanese wordings, read as their English', () => {
  test.each([
    ['the 5-hour limit reached, with its reset', '5時間の制限に達しました - 17:00にリセットされます。', 'plan-usage-limit'],
    ['the warning before it', '5時間の制限に近づいています。', 'plan-usage-limit'],
    ['the limit going on with extra usage', '5時間の制限は17:00にリセットされます - 追加使用で続行します。', 'plan-usage-limit'],
    [
      'the length limit of a chat',
      'メッセージがこのチャットの長さ制限を超えます。ファイルを減らすか、ファイルサイズを小さくするか、新しい会話を開始してください。',
      'prompt-too-long',
    ],
    ['the capacity message', '予期せぬ容量制限により、Claudeは現在応答できません', 'overloaded'],
    ['the limit with fullwidth digits', '５時間の制限に達しました - １７:００にリセットされます。', 'plan-usage-limit'],
    [
      'the limit inside a question',
      'Claudeで「5時間の制限に達しました - 17:00にリセットされます。」と出ました。どうすればいいですか?',
      'plan-usage-limit',
    ],
  ])('%s names its guide', (_, paste, id) => {
    const diagnosis = diagnoseText(paste);
    expect(diagnosis.id).toBe(id);
    expect(diagnosis.basis).toBe('message');
  });

  test('the evidence points at the Japanese words in the paste, not at offsets of the English', () => {
    const paste = '通知:5時間の制限に達しました - 17:00にリセットされます。';
    const words = evidenceWords(paste, diagnoseText(paste));
    expect(words.join(' ')).toContain('5時間の制限に達しました');
    for (const word of words) expect(paste).toContain(word);
  });

  test.each([
    ['another error in Japanese', 'エラーが発生しました。しばらくしてから再度お試しください。'],
    ['the same limit in Chinese, which no source gives', '已达到5小时限制'],
    ['the Korean of a blog’s own translation', '5시간 한도에 근접 중'],
  ])('%s names no guide', (_, paste) => {
    expect(diagnoseText(paste).id).toBeNull();
  });
});

describe('German wordings, phrases of their own', () => {
  test.each([
    ['the 5-hour limit reached', '5-Stunden-Limit erreicht – setzt zurück 17:00.', 'plan-usage-limit'],
    ['the warning before it', 'Nähert sich dem 5-Stunden-Limit.', 'plan-usage-limit'],
    ['the limit going on with extra usage', '5-Stunden-Limit setzt zurück 17:00 – wird mit zusätzlicher Nutzung fortgesetzt.', 'plan-usage-limit'],
    [
      'the length limit of a chat',
      'Ihre Nachricht überschreitet das Längenlimit für diesen Chat. Versuchen Sie, weniger oder kleinere Dateien anzuhängen oder ein neues Gespräch zu starten.',
      'prompt-too-long',
    ],
  ])('%s names its guide', (_, paste, id) => {
    expect(diagnoseText(paste).id).toBe(id);
  });
});

describe('the translation table', () => {
  test('every entry names its page, and is in the compiled data as printed', () => {
    for (const wording of translatedWordings) {
      expect(wording.source.url).toMatch(/^https:\/\//);
      // One all in ASCII would never be looked for (it belongs among the phrases).
      expect(wording.text).toMatch(/[\u0080-\u{10ffff}]/u);
      expect(data.translations?.some((entry) => entry.text === wording.text && entry.english === wording.english)).toBe(true);
    }
  });

  test('data without translations (an older build) is still read; a malformed table is not', () => {
    const { translations: _dropped, ...older } = data;
    expect(readMatcherData(older)).toBeDefined();
    expect(readMatcherData({ ...data, translations: [{ text: '制限' }] })).toBeUndefined();
  });
});
