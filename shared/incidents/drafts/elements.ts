import type { DraftKind, ReportStage } from '../vocabulary';

/**
 * What each draft must contain, element by element, each with the rule that
 * asks for it. The completeness check names a missing element by its id
 * (labels in incidents.element.<id>) and its sources (incidents.source.<id>).
 */
export const draftElementIds = [
  // PIPL 57 ¶1 and policy 5.4.1: notices to individuals and the public
  'basic-situation',
  'categories',
  'cause',
  'possible-harm',
  'measures',
  'advice',
  'remedies',
  'contact',
  // the reporting measures' report content (办法: 报告内容 (一)–(六))
  'unit-systems',
  'time-place',
  'event-type',
  'impact',
  'measures-effect',
  'trend',
  'cause-analysis',
  'further-measures',
  'support-requested',
  // GDPR Art. 33(3) and 34(2)
  'nature',
  'data-subjects',
  'data-records',
  'contact-point',
  'consequences',
  'gdpr-measures',
  'delay-reasons',
] as const;
export type DraftElementId = (typeof draftElementIds)[number];

export const elementSourceIds = [
  'pipl-57-1', // 个人信息保护法第五十七条第一款第(一)项: 信息种类、原因和可能造成的危害
  'pipl-57-2', // 第(二)项: 补救措施和个人可以采取的减轻危害的措施
  'pipl-57-3', // 第(三)项: 个人信息处理者的联系方式
  'policy-5-4-1', // 隐私政策 5.4.1: 基本情况和可能的影响、处置措施、自主防范建议、补救措施
  'measures-content-1', // 办法 报告内容 (一): 事发单位名称及涉事设施、系统、平台的基本情况
  'measures-content-2', // (二): 发现或发生时间、地点、事件类型、已造成的影响和危害、已采取的应对措施及效果
  'measures-content-later', // (三)–(六): 趋势、原因初步分析、拟进一步采取的措施、请求支援事项 (may follow in a supplementary report)
  'gdpr-33-3-a',
  'gdpr-33-3-b',
  'gdpr-33-3-c',
  'gdpr-33-3-d',
  'gdpr-33-1', // reasons for the delay after 72 hours
  'gdpr-34-2',
] as const;
export type ElementSourceId = (typeof elementSourceIds)[number];

export const ELEMENT_SOURCES: Record<DraftElementId, readonly ElementSourceId[]> = {
  'basic-situation': ['policy-5-4-1'],
  categories: ['pipl-57-1'],
  cause: ['pipl-57-1'],
  'possible-harm': ['pipl-57-1', 'policy-5-4-1'],
  measures: ['pipl-57-2', 'policy-5-4-1'],
  advice: ['pipl-57-2', 'policy-5-4-1'],
  remedies: ['policy-5-4-1'],
  contact: ['pipl-57-3'],
  'unit-systems': ['measures-content-1'],
  'time-place': ['measures-content-2'],
  'event-type': ['measures-content-2'],
  impact: ['measures-content-2', 'pipl-57-1'],
  'measures-effect': ['measures-content-2', 'pipl-57-2'],
  trend: ['measures-content-later'],
  'cause-analysis': ['measures-content-later', 'pipl-57-1'],
  'further-measures': ['measures-content-later'],
  'support-requested': ['measures-content-later'],
  nature: ['gdpr-33-3-a'],
  'data-subjects': ['gdpr-33-3-a'],
  'data-records': ['gdpr-33-3-a'],
  'contact-point': ['gdpr-33-3-b'],
  consequences: ['gdpr-33-3-c'],
  'gdpr-measures': ['gdpr-33-3-d'],
  'delay-reasons': ['gdpr-33-1'],
};

export type DraftLanguage = 'zh-CN' | 'en-US';

/** One headed section of a draft: the element it carries and its heading in the draft's language. */
export interface DraftSection {
  element: DraftElementId;
  heading: string;
}

export interface DraftDefinition {
  kind: DraftKind;
  language: DraftLanguage;
  /**
   * Headed sections, in order. A notice of several paragraphs is checked
   * section by section: each must be there, not empty, without a
   * placeholder. An SMS has no headings (see `inline`).
   */
  sections: readonly DraftSection[];
  /**
   * Elements of a text without headings, with the words its placeholder
   * uses: checked by their placeholders, and the contact by a number or
   * address in the text.
   */
  inline?: readonly { element: DraftElementId; label: string }[];
}

const NOTICE_SECTIONS_ZH: readonly DraftSection[] = [
  { element: 'basic-situation', heading: '事件基本情况' },
  { element: 'categories', heading: '涉及的个人信息种类' },
  { element: 'cause', heading: '事件原因' },
  { element: 'possible-harm', heading: '可能造成的影响和危害' },
  { element: 'measures', heading: '我们已采取和将要采取的处置措施' },
  { element: 'advice', heading: '您可以采取的防范措施' },
  { element: 'remedies', heading: '对您的补救措施' },
  { element: 'contact', heading: '联系我们' },
];

export const REGULATOR_SECTIONS: readonly DraftSection[] = [
  { element: 'unit-systems', heading: '事发单位及涉事系统、平台基本情况' },
  { element: 'time-place', heading: '事件发现和发生的时间、地点' },
  { element: 'event-type', heading: '事件类型' },
  { element: 'impact', heading: '已造成的影响和危害' },
  { element: 'measures-effect', heading: '已采取的应对措施及效果' },
  { element: 'trend', heading: '事态发展趋势及可能进一步造成的影响和危害' },
  { element: 'cause-analysis', heading: '事件原因初步分析' },
  { element: 'further-measures', heading: '拟进一步采取的应对措施' },
  { element: 'support-requested', heading: '请求支援事项' },
  { element: 'contact', heading: '联系人及联系方式' },
];

/** An initial report may carry items (一)(二) only and be supplemented (办法: 不能判定的…先报告第(一)(二)项, 其他情况及时补报). */
export const LATER_REPORT_ELEMENTS: ReadonlySet<DraftElementId> = new Set(['trend', 'cause-analysis', 'further-measures', 'support-requested']);

const ART33_SECTIONS: readonly DraftSection[] = [
  { element: 'nature', heading: 'Nature of the personal data breach' },
  { element: 'data-subjects', heading: 'Categories and approximate number of data subjects concerned' },
  { element: 'data-records', heading: 'Categories and approximate number of personal data records concerned' },
  { element: 'contact-point', heading: 'Contact point for more information' },
  { element: 'consequences', heading: 'Likely consequences of the breach' },
  { element: 'gdpr-measures', heading: 'Measures taken or proposed' },
  { element: 'delay-reasons', heading: 'Reasons for the delay' },
];

const ART34_SECTIONS: readonly DraftSection[] = [
  { element: 'nature', heading: 'What happened' },
  { element: 'consequences', heading: 'What this may mean for you' },
  { element: 'gdpr-measures', heading: 'What we have done and will do' },
  { element: 'advice', heading: 'What you can do' },
  { element: 'contact-point', heading: 'How to contact us' },
];

export const DRAFT_DEFINITIONS: Record<DraftKind, DraftDefinition> = {
  email: { kind: 'email', language: 'zh-CN', sections: NOTICE_SECTIONS_ZH },
  announcement: { kind: 'announcement', language: 'zh-CN', sections: NOTICE_SECTIONS_ZH },
  /**
   * An SMS cannot carry a whole notice at a price anyone would pay for a
   * million people: it says what was affected, what to do, and whom to
   * contact, and the full notice (email or announcement, checked on its own)
   * carries the rest of PIPL 57 and policy 5.4.1.
   */
  sms: {
    kind: 'sms',
    language: 'zh-CN',
    sections: [],
    inline: [
      { element: 'categories', label: '涉及的信息种类' },
      { element: 'advice', label: '防范建议' },
      { element: 'contact', label: '联系方式' },
    ],
  },
  'regulator-report': { kind: 'regulator-report', language: 'zh-CN', sections: REGULATOR_SECTIONS },
  'gdpr-art33': { kind: 'gdpr-art33', language: 'en-US', sections: ART33_SECTIONS },
  'gdpr-art34': { kind: 'gdpr-art34', language: 'en-US', sections: ART34_SECTIONS },
};

/** What the check needs besides the text. */
export interface DraftContext {
  /** regulator report: initial or supplementary */
  stage: ReportStage;
  /** Art. 33: notified (or still not notified) after 72 hours */
  art33Late: boolean;
}

/** The elements a draft must carry in this context. */
export function requiredElements(kind: DraftKind, context: DraftContext): DraftElementId[] {
  const def = DRAFT_DEFINITIONS[kind];
  const all = def.inline ? def.inline.map((i) => i.element) : def.sections.map((s) => s.element);
  return all.filter((element) => {
    if (kind === 'regulator-report' && context.stage === 'initial' && LATER_REPORT_ELEMENTS.has(element)) return false;
    if (element === 'delay-reasons') return context.art33Late; // Art. 33(1)
    if (kind === 'gdpr-art34' && element === 'advice') return false; // good practice, not one of Art. 34(2)'s items
    return true;
  });
}
