import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The foreign minister said on Tuesday that the talks with the delegation had been useful and would continue next month.'],
    ['de', 'Der Außenminister sagte am Dienstag, dass die Gespräche mit der Delegation nützlich gewesen seien und im nächsten Monat fortgesetzt würden.'],
    ['fr', 'Le ministre des affaires étrangères a déclaré mardi que les discussions avec la délégation avaient été utiles et se poursuivraient.'],
    ['es', 'El ministro de asuntos exteriores dijo el martes que las conversaciones con la delegación habían sido útiles y que continuarían.'],
    ['it', 'Il ministro degli esteri ha detto martedì che i colloqui con la delegazione sono stati utili e che continueranno il mese prossimo.'],
    ['pt', 'O ministro dos negócios estrangeiros disse na terça-feira que as conversas com a delegação foram úteis e que vão continuar.'],
    ['nl', 'De minister van buitenlandse zaken zei dinsdag dat de gesprekken met de delegatie nuttig waren en dat ze volgende maand worden voortgezet.'],
    ['ru', 'Министр иностранных дел заявил во вторник, что переговоры с делегацией были полезными и что они будут продолжены в следующем месяце.'],
    ['ja', '外務大臣は火曜日、代表団との協議は有益であり、来月も続けると述べた。'],
    ['zh', '外交部长星期二表示，与代表团的会谈很有益处，下个月将继续进行会谈。'],
    ['ko', '외무장관은 화요일 대표단과의 회담이 유익했으며 다음 달에도 계속될 것이라고 말했다.'],
    ['ar', 'قال وزير الخارجية يوم الثلاثاء إن المحادثات مع الوفد كانت مفيدة وستستمر الشهر المقبل.'],
  ])('%s', (lang, text) => expect(detectLanguage(text).lang).toBe(lang));

  it('says null when there is too little text', () => {
    expect(detectLanguage('Tokyo 2024').lang).toBeNull();
    expect(detectLanguage('12345 67890 ---').lang).toBeNull();
  });
});
