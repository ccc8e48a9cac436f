import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/document.js';
import { articleLanguage, blockLanguage, isEnglishAt, isEnglishBlock, isEnglishWord } from './language.js';

/** The language of each block of a plain-text article whose paragraphs are `paragraphs`. */
function languages(...paragraphs: string[]): string[] {
  const doc = parseArticle('a.txt', paragraphs.join('\n\n'), 'text');
  return doc.blocks.map((_, index) => blockLanguage(doc, index));
}

describe('language', () => {
  it('tells English from the Latin-script languages by their function words', () => {
    expect(
      languages(
        'The council voted on Tuesday to close the old bridge, and the mayor said that repairs would take at least a year.',
        'A câmara votou na terça-feira para fechar a ponte velha, e o prefeito disse que os reparos vão levar pelo menos um ano.',
        'Il consiglio ha votato martedì per chiudere il vecchio ponte, e il sindaco ha detto che i lavori dureranno almeno un anno.',
        'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, und der Bürgermeister sagt, dass die Arbeiten ein Jahr dauern.',
        'Dewan kota memutuskan pada hari Selasa untuk menutup jembatan yang lama, dan wali kota mengatakan bahwa perbaikan akan memakan waktu setahun.',
        'El consejo votó el martes para cerrar el puente viejo, y el alcalde dijo que las obras durarán por lo menos un año.',
        'Le conseil a voté mardi pour fermer le vieux pont, et le maire a dit que les travaux dureront au moins un an.',
        'De gemeenteraad heeft dinsdag besloten om de oude brug te sluiten, en de burgemeester zegt dat het werk een jaar duurt.',
      ),
    ).toEqual(['en', 'pt', 'it', 'de', 'id', 'es', 'fr', 'nl']);
  });

  it('tells other scripts by their script, whatever Latin words they hold', () => {
    expect(
      languages(
        '東京の新しい美術館は来月、三つの展示室を開く予定です。',
        '새로운 다리는 내년 봄에 개통될 예정이라고 시 관계자가 밝혔다.',
        'Новый мост откроют весной, сообщили в мэрии города.',
        'Новий міст відкриють навесні, повідомили в міській раді.',
        '新的大桥预计明年春天通车。',
        'Η νέα γέφυρα θα ανοίξει την άνοιξη, ανακοίνωσε ο δήμος.',
        'Samsung Galaxy 새 모델은 다음 달에 출시될 예정이다.',
      ),
    ).toEqual(['ja', 'ko', 'ru', 'uk', 'zh', 'el', 'ko']);
  });

  it('an English paragraph keeps its language with foreign names and a borrowed phrase in it', () => {
    expect(languages('Jürgen Müller and Søren Ødegård met at the São Paulo office, where the coffee is served with a "buon appetito" sign on the door.')).toEqual(['en']);
  });

  it('headlines, scores and lists of names with few function words stay English', () => {
    expect(
      languages(
        'Mayor keeps downtown market open despite rising costs, angry vendors - City Paper Online',
        'Harbor View (2-1): Okonkwo 12 points, 4 rebounds. Lindqvist 9 points. Ferreira 7 points, 3 steals.',
        'Passengers: Messrs. R. E. Dunmore, A. O. Pell, T. I. Vane, E. A. Hollis and family.',
        'The ferry left the wharf at noon, and the passengers were told that the crossing would be rough.',
      ),
    ).toEqual(['en', 'en', 'en', 'en']);
  });

  it('a block too short to decide takes the language of the article', () => {
    const portuguese = languages(
      'Classificação geral',
      'Nesta página você encontra a classificação atualizada do campeonato, com os pontos de cada equipe até a última corrida.',
      'Equipe Azul',
    );
    expect(portuguese).toEqual(['pt', 'pt', 'pt']);
    expect(languages('Bye bye, Blockbuster', 'The last video rental store in the town closed its doors on Sunday after twenty years of business.')).toEqual(['en', 'en']);
  });

  it('running text in a language the lists do not hold is not English; an article with no evidence is', () => {
    const swedish = parseArticle('a.txt', 'Regeringen presenterade igår förslaget, vilket kritiserades hårt av oppositionen under torsdagens långa debatt i riksdagen.', 'text');
    expect(blockLanguage(swedish, 0)).toBe('mis');
    expect(isEnglishBlock(swedish, 0)).toBe(false);
    const names = parseArticle('a.txt', 'Ana Lima\n\nJoão Silva', 'text');
    expect(articleLanguage(names)).toBe('und');
    expect(isEnglishBlock(names, 1)).toBe(true);
  });

  it('answers per word and per offset, and keeps its answers on the document', () => {
    const text = 'The trains were late again this morning, and the station was full of people who had waited for an hour.\n\nOs trens atrasaram de novo hoje de manhã, e a estação ficou cheia de gente que esperou uma hora.';
    const doc = parseArticle('a.txt', text, 'text');
    const trens = doc.words.findIndex((word) => word.text === 'trens');
    expect(isEnglishWord(doc, 0)).toBe(true);
    expect(isEnglishWord(doc, trens)).toBe(false);
    expect(isEnglishAt(doc, text.indexOf('station'))).toBe(true);
    expect(isEnglishAt(doc, text.indexOf('estação'))).toBe(false);
    expect(blockLanguage(doc, 1)).toBe(blockLanguage(doc, 1));
    expect(articleLanguage(doc)).toBe('en');
  });

  it('an English phrase inside text in another script is English; a Latin word among Portuguese is not', () => {
    const doc = parseArticle('a.txt', 'قال المدير إن المشروع the new bridge سيكتمل قريبا\n\nO prefeito disse que a nova ponte vai abrir em junho, e que os moradores estão contentes.', 'text');
    const index = (text: string) => doc.words.findIndex((word) => word.text === text);
    expect(blockLanguage(doc, 0)).toBe('ar');
    expect(isEnglishWord(doc, index('bridge'))).toBe(true);
    expect(isEnglishWord(doc, index('ponte'))).toBe(false);
  });

  it('markup, links and handles say nothing about the language', () => {
    expect(languages('<p>Veja o <a href="https://example.com/the-news-of-the-day-and-what-it-is">vídeo</a> que mostra a chegada dos atletas ao estádio.</p> @the_news_of_the_day')).toEqual(['pt']);
  });
});
