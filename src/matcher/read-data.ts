// Whether fetched JSON is matcher data this code can read. A cached /matcher-data.json from an older build, or a page
// that is not JSON at all, must say "could not read" rather than let every paste come out "not recognised". Pure.
import type { CompiledPhrase, CompiledVariant, MatcherData } from './data.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const arrayOf = <T>(value: unknown, item: (entry: unknown) => entry is T): value is T[] => Array.isArray(value) && value.every(item);

function isPhrase(value: unknown): value is CompiledPhrase {
  if (!isObject(value)) return false;
  const flag = (name: string) => value[name] === undefined || value[name] === true;
  return (
    isString(value['text']) &&
    isNumber(value['weight']) &&
    flag('slot') &&
    flag('onCloud') &&
    flag('onClaude') &&
    (value['retells'] === undefined || arrayOf(value['retells'], isString))
  );
}

function isVariant(value: unknown): value is CompiledVariant {
  return (
    isObject(value) &&
    ['id', 'title', 'summary', 'actor', 'actorLabel', 'group'].every((field) => isString(value[field])) &&
    isNumber(value['specificity']) &&
    (value['amount'] === undefined || isNumber(value['amount'])) &&
    arrayOf(value['statuses'], isNumber) &&
    arrayOf(value['phrases'], isPhrase) &&
    arrayOf(value['messages'], isString) &&
    (value['cues'] === undefined ||
      arrayOf(value['cues'], (cue): cue is string[][] => arrayOf(cue, (word): word is string[] => arrayOf(word, isString))))
  );
}

function isVendor(value: unknown): value is MatcherData['vendors'][number] {
  return (
    isObject(value) &&
    isString(value['name']) &&
    arrayOf(value['phrases'], isString) &&
    arrayOf(value['names'], isString) &&
    (value['platform'] === undefined || arrayOf(value['platform'], isString)) &&
    (value['upstream'] === undefined || arrayOf(value['upstream'], isString))
  );
}

/** The data when `json` has the shape `diagnose` reads (at least one variant), else undefined. */
export function readMatcherData(json: unknown): MatcherData | undefined {
  if (!isObject(json)) return undefined;
  const { variants, errorTypes, tools, vendors, anthropicMarks, claudeMarks, cloudMarks, fields } = json;
  const readable =
    arrayOf(variants, isVariant) &&
    variants.length > 0 &&
    isObject(errorTypes) &&
    Object.values(errorTypes).every(isNumber) &&
    arrayOf(tools, isString) &&
    arrayOf(vendors, isVendor) &&
    arrayOf(anthropicMarks, isString) &&
    arrayOf(claudeMarks, isString) &&
    isObject(cloudMarks) &&
    arrayOf(cloudMarks['models'], isString) &&
    arrayOf(cloudMarks['surfaces'], isString) &&
    // Every table of the API's fields, the newest (`caps`) included: data from before it would fail on a paste that has one.
    isObject(fields) &&
    ['codes', 'claims', 'windows', 'overageReasons', 'types', 'caps'].every((table) => isObject(fields[table])) &&
    (json['translations'] === undefined ||
      arrayOf(
        json['translations'],
        (entry): entry is { text: string; english: string } => isObject(entry) && isString(entry['text']) && isString(entry['english']),
      ));
  return readable ? (json as unknown as MatcherData) : undefined;
}
