import type { UiLocale } from '../platform/contract';
import type { MessageKey, MessageTree } from './types';
import * as zhCommon from './zh-CN/common';
import * as zhShell from './zh-CN/shell';
import * as zhDomain from './zh-CN/domain';
import * as zhCases from './zh-CN/cases';
import * as zhDeadlines from './zh-CN/deadlines';
import * as zhIdentity from './zh-CN/identity';
import * as zhIntake from './zh-CN/intake';
import * as zhLetters from './zh-CN/letters';
import * as zhIncidents from './zh-CN/incidents';
import * as zhSettings from './zh-CN/settings';
import * as zhFirstRun from './zh-CN/firstRun';
import * as zhClock from './zh-CN/clock';
import * as zhStore from './zh-CN/store';
import * as zhTeam from './zh-CN/team';
import * as zhUpdates from './zh-CN/updates';
import * as zhMailbox from './zh-CN/mailbox';
import * as zhBackup from './zh-CN/backup';
import * as enCommon from './en-US/common';
import * as enShell from './en-US/shell';
import * as enDomain from './en-US/domain';
import * as enCases from './en-US/cases';
import * as enDeadlines from './en-US/deadlines';
import * as enIdentity from './en-US/identity';
import * as enIntake from './en-US/intake';
import * as enLetters from './en-US/letters';
import * as enIncidents from './en-US/incidents';
import * as enSettings from './en-US/settings';
import * as enFirstRun from './en-US/firstRun';
import * as enClock from './en-US/clock';
import * as enStore from './en-US/store';
import * as enTeam from './en-US/team';
import * as enUpdates from './en-US/updates';
import * as enMailbox from './en-US/mailbox';
import * as enBackup from './en-US/backup';

/**
 * All UI text, one namespace per file and feature (so features do not edit
 * each other's files). zh-CN is the default and the reference; the en-US tree
 * is type-checked to have exactly the same keys.
 */
const zhCN = {
  ...zhCommon,
  ...zhShell,
  ...zhDomain,
  ...zhCases,
  ...zhDeadlines,
  ...zhIdentity,
  ...zhIntake,
  ...zhLetters,
  ...zhIncidents,
  ...zhSettings,
  ...zhFirstRun,
  ...zhClock,
  ...zhStore,
  ...zhTeam,
  ...zhUpdates,
  ...zhMailbox,
  ...zhBackup,
};
export type Messages = MessageTree<typeof zhCN>;

const enUS: Messages = {
  ...enCommon,
  ...enShell,
  ...enDomain,
  ...enCases,
  ...enDeadlines,
  ...enIdentity,
  ...enIntake,
  ...enLetters,
  ...enIncidents,
  ...enSettings,
  ...enFirstRun,
  ...enClock,
  ...enStore,
  ...enTeam,
  ...enUpdates,
  ...enMailbox,
  ...enBackup,
};

export const messages: Record<UiLocale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
export type TextKey = MessageKey<typeof zhCN>;
export type TextParams = Record<string, string | number>;

export const DEFAULT_LOCALE: UiLocale = 'zh-CN';

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: UiLocale, key: TextKey, params?: TextParams): string {
  const node = lookup(messages[locale], key.split('.'));
  if (typeof node !== 'string') return key; // a missing key shows itself rather than an empty control
  return params ? node.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : node;
}

/**
 * Follows a dotted key through the tree. Some ids contain dots themselves
 * (`auditAction.case.created`), so at each level the longest remaining
 * joined key is tried before descending part by part.
 */
function lookup(node: unknown, parts: string[]): unknown {
  if (parts.length === 0) return node;
  if (typeof node !== 'object' || node === null) return undefined;
  const tree = node as Record<string, unknown>;
  for (let take = parts.length; take >= 1; take--) {
    const head = parts.slice(0, take).join('.');
    if (head in tree) {
      const found = lookup(tree[head], parts.slice(take));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A translator bound to one locale. */
export type Translate = (key: TextKey, params?: TextParams) => string;
export function translator(locale: UiLocale): Translate {
  return (key, params) => translate(locale, key, params);
}
