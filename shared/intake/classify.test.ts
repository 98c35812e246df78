import { describe, expect, it } from 'vitest';
import { requestTypeIds } from '../domain/requestTypes';
import { suggestRequestType } from './classify';
import { keywordRules, typePriority } from './requestTypeKeywords';

describe('suggestRequestType (SPEC §1: suggested from Chinese and English keywords)', () => {
  it.each([
    ['我申请查阅贵司保存的我的个人信息', 'access', ['查阅']],
    ['請提供本人個人資料，我要查閱', 'access', ['查閱']],
    ['请提供我的个人信息副本', 'copy', ['副本']],
    ['请将我的数据转移至第三方', 'portability', ['转移']],
    ['我的姓名登记错误，请更正', 'correction', ['更正', '登记错误']],
    ['请补充我的个人信息中的地址', 'correction', ['补充我的个人信息']],
    ['请删除我的手机号码', 'deletion', ['删除']],
    ['我要注销账户', 'account-cancellation', ['注销']],
    ['我撤回对营销短信的同意', 'consent-withdrawal', ['撤回对营销短信的同意']],
    ['退订', 'consent-withdrawal', ['退订']],
    ['请解释说明你们的处理规则', 'explanation', ['解释']],
    ['我母亲已故，作为近亲属申请查阅她的信息', 'deceased-relative', ['已故', '近亲属']],
    ['我女儿未满14周岁，请删除她的信息', 'minor', ['未满14周岁']],
    ['我要投诉你们的垃圾短信', 'complaint', ['投诉']],
    ['我要举报诈骗短信', 'complaint', ['举报']],
    ['贵司短信模板侵犯我司商标，构成侵权', 'ip-notice', ['商标', '侵权']],
    ['我拒绝你们将我的信息用于用户画像，请限制处理', 'restriction', ['拒绝你们将我的信息用于用户画像', '限制处理']],
    ['Please give me access to my data', 'access', ['access']],
    ['Please send me a copy of my data', 'copy', ['copy']],
    ['Please erase everything you hold about me', 'deletion', ['erase']],
    ['Please rectify my address', 'correction', ['rectify']],
    ['I withdraw my consent', 'consent-withdrawal', ['withdraw my consent']],
    ['This is a formal complaint', 'complaint', ['complaint']],
    ['Your template infringes our copyright', 'ip-notice', ['infringes', 'copyright']],
    ['Please close my account', 'account-cancellation', ['close my account']],
    ['My father passed away last year', 'deceased-relative', ['passed away']],
    ['Ich bitte um Löschung meiner Daten', 'deletion', ['Löschung']],
    ['Je demande la portabilité de mes données', 'portability', ['portabilité']],
  ])('%s → %s', (text, type, triggers) => {
    const s = suggestRequestType(text);
    expect(s.type).toBe(type);
    for (const t of triggers) expect(s.triggers).toContain(t);
  });

  it('does not take "please see the attachment" (请查阅附件) or a photocopy (复印件) for a request', () => {
    expect(suggestRequestType('附件为身份证复印件，请查阅。').type).toBe('other');
  });

  it('does not take 补充材料 or 补充说明 (a reply) for a correction', () => {
    expect(suggestRequestType('关于CL-2026-0042的补充说明：补充材料见附件').type).toBe('other');
  });

  it('does not take "copyright" for "copy" nor "kind regards" for a child', () => {
    expect(suggestRequestType('copyright notice').type).toBe('ip-notice');
    expect(suggestRequestType('Kind regards').type).toBe('other');
  });

  it('lets a special category win over what is asked (PIPL 49, policy 7)', () => {
    expect(suggestRequestType('我是监护人，请删除、更正并复制我儿子的信息').type).toBe('minor');
  });

  it('counts the subject double', () => {
    const s = suggestRequestType({ subject: '申请注销账户', body: '顺便请删除我的信息' });
    expect(s.type).toBe('account-cancellation');
    expect(s.scores.map((x) => [x.type, x.score])).toEqual([
      ['account-cancellation', 4],
      ['deletion', 1],
    ]);
  });

  it('reports its confidence and the alternatives', () => {
    expect(suggestRequestType({ subject: '申请查阅本人个人信息', body: '我申请查阅我的个人信息' }).confidence).toBe('high');
    expect(suggestRequestType('请删除并复制').confidence).toBe('low');
    expect(suggestRequestType('你好').confidence).toBe('none');
    expect(suggestRequestType('请删除并复制').scores.map((s) => s.type)).toEqual(['deletion', 'copy']);
  });

  it('has rules for every type but "other", and a priority for each', () => {
    const ruled = new Set(keywordRules.map((r) => r.type));
    expect([...ruled].sort()).toEqual(requestTypeIds.filter((t) => t !== 'other').sort());
    expect([...typePriority].sort()).toEqual([...ruled].sort());
  });
});
