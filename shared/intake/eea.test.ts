import { describe, expect, it } from 'vitest';
import { detectEea } from './eea';
import { guessLanguage } from './language';

describe('detectEea (policy 9.4, 10.3)', () => {
  it('flags a GDPR mention, in any of its names', () => {
    for (const text of ['Under the GDPR I ask…', 'gemäß Art. 15 DSGVO', 'conformément au RGPD', 'Regulation (EU) 2016/679', '根据欧盟《通用数据保护条例》']) {
      expect(detectEea({ text }).reasons.map((r) => r.code), text).toContain('gdpr-mentioned');
    }
  });

  it('matches AVG and RODO only in capitals', () => {
    expect(detectEea({ text: 'op grond van de AVG' }).eea).toBe(true);
    expect(detectEea({ text: 'my avg response time' }).eea).toBe(false);
  });

  it('flags an EEA ccTLD and .eu, not .uk or .ch', () => {
    expect(detectEea({ text: '', fromAddress: 'a@beispiel.de' }).reasons).toEqual([{ code: 'eea-domain', evidence: '.de' }]);
    expect(detectEea({ text: '', fromAddress: 'a@agency.europa.eu' }).eea).toBe(true);
    expect(detectEea({ text: '', fromAddress: 'a@example.co.uk' }).eea).toBe(false);
    expect(detectEea({ text: '', fromAddress: 'a@example.ch' }).eea).toBe(false);
  });

  it('flags a country name in English, its own language or Chinese', () => {
    expect(detectEea({ text: 'I live in Ireland.' }).reasons).toEqual([{ code: 'eea-country', evidence: 'Ireland' }]);
    expect(detectEea({ text: '我目前居住在德国' }).reasons).toEqual([{ code: 'eea-country', evidence: '德国' }]);
    expect(detectEea({ text: 'Wohnort: Österreich' }).eea).toBe(true);
    expect(detectEea({ text: '我在欧盟工作' }).eea).toBe(true);
  });

  it('is not fooled by words that contain a country name', () => {
    expect(detectEea({ text: '依照合法国内程序' }).eea).toBe(false);
    expect(detectEea({ text: '违反社会道德国家法律' }).eea).toBe(false);
    expect(detectEea({ text: 'Francesco sent it' }).eea).toBe(false);
    expect(detectEea({ text: 'I have no idea about Norwayish things' }).eea).toBe(false);
  });

  it('flags an EEA language, declared or recognised, but not English or Chinese', () => {
    expect(detectEea({ text: 'Bitte löschen Sie meine Daten, ich möchte das nicht mehr.' }).reasons).toEqual([{ code: 'eea-language', evidence: 'de' }]);
    expect(detectEea({ text: 'hello', language: 'fr-FR' }).reasons).toEqual([{ code: 'eea-language', evidence: 'fr' }]);
    expect(detectEea({ text: 'Please delete my data, I do not want this any more.', language: 'en' }).eea).toBe(false);
    expect(detectEea({ text: '请删除我的个人信息', fromAddress: 'a@qq.com' }).eea).toBe(false);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['Sehr geehrte Damen und Herren, hiermit bitte ich um Auskunft über meine Daten.', 'de'],
    ["Madame, Monsieur, je vous demande l'effacement de mes données personnelles.", 'fr'],
    ['Gentile team, chiedo la cancellazione dei miei dati personali. Cordiali saluti', 'it'],
    ['Estimados señores, solicito el acceso a mis datos personales. Atentamente', 'es'],
    ['Dzień dobry, proszę o usunięcie moich danych osobowych. Pozdrawiam', 'pl'],
    ['Geachte heer, graag een verzoek tot inzage in mijn persoonsgegevens. Met vriendelijke groet', 'nl'],
    ['Please delete my data and confirm by email when you have done this.', 'en'],
    ['请删除我的个人信息，谢谢。', 'zh'],
  ])('%s → %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  it('says nothing about a text too short to tell', () => {
    expect(guessLanguage('Daten')).toBeUndefined();
    expect(guessLanguage('')).toBeUndefined();
  });
});
