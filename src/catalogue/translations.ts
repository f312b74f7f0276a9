// Claude's app messages in scripts the matcher cannot squeeze to ASCII, each with the English it stands for and the
// public page that shows it. The matcher swaps one found in a paste for its English (src/matcher/translate.ts), so the
// English wordings and phrases of the catalogue then name the guide. Pieces between a message's placeholders are listed
// on their own, as the message's word order differs from the English. Latin-script translations need no entry here: they
// squeeze like English and are phrases of their variants (the German of these messages is in plan-usage-limit and
// prompt-too-long).
import type { VariantInput } from './schema.ts';

type Source = VariantInput['sources'][number];

/** One translated wording (or a piece of one between placeholders) and its English. */
export interface TranslatedWording {
  /** The language, as a BCP 47 tag. */
  lang: string;
  /** Exactly as the app prints it. */
  text: string;
  /** The English wording it translates, as the catalogue's own wordings and phrases have it. */
  english: string;
  source: Source;
}

const helpCenterJapanese: Omit<Source, 'claim'> = {
  title: 'Claude Help Center in Japanese: "Claude エラーメッセージの理解" (article 12466728; stored copy, its update date not shown)',
  url: 'https://support.claude.com/ja/articles/12466728',
  read: '2026-12-06',
};

const fromHelpCenter = (text: string, english: string, claim: string): TranslatedWording => ({
  lang: 'ja',
  text,
  english,
  source: { ...helpCenterJapanese, claim },
});

export const translatedWordings: readonly TranslatedWording[] = [
  fromHelpCenter('5時間の制限に近づいています', 'Approaching 5-hour limit', 'the warning before the 5-hour limit is reached'),
  // "5時間の制限に達しました - [時刻]にリセットされます。" is "5-hour limit reached - resets [time]."
  fromHelpCenter('5時間の制限に達しました', '5-hour limit reached', 'the 5-hour limit reached, before its reset time'),
  fromHelpCenter('にリセットされます', 'resets', 'the reset after the time, in both 5-hour limit messages'),
  // "5時間の制限は[時刻]にリセットされます - 追加使用で続行します。" is "5-hour limit resets [time] - continuing with extra usage."
  fromHelpCenter('5時間の制限は', '5-hour limit resets', 'the opening of the message for usage that goes on with extra usage'),
  fromHelpCenter('追加使用で続行します', 'continuing with extra usage', 'the end of that message: work goes on with extra usage'),
  fromHelpCenter(
    'メッセージがこのチャットの長さ制限を超えます',
    'Your message will exceed the length limit for this chat',
    'the length-limit error of a chat',
  ),
  fromHelpCenter(
    'ファイルを減らすか、ファイルサイズを小さくするか、新しい会話を開始してください',
    'Try attaching fewer or smaller files or starting a new conversation',
    'the advice that ends the length-limit error',
  ),
  {
    lang: 'ja',
    text: '予期せぬ容量制限により、Claudeは現在応答できません',
    english: 'Due to unexpected capacity constraints, Claude is unable to respond to your message',
    source: {
      title: 'tonbos55.hatenablog.com, 31 August 2025: a Japanese post on Claude\'s "unexpected capacity constraints" message',
      url: 'https://tonbos55.hatenablog.com/entry/2025/08/31/043000',
      claim: 'claude.ai in Japanese shows "予期せぬ容量制限により、Claudeは現在応答できません" when it is over capacity',
      read: '2026-12-06',
    },
  },
];
