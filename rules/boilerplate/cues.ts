// The vocabulary of page UI, by family. A cue is evidence, not a verdict:
// lines.ts weighs cues together with a line's form (length, punctuation,
// whom it addresses) and its neighbours. Patterns are built from the parts
// UI text is made of (verbs x objects x widgets), not from known phrasings,
// so that wordings never seen still match.

import { neededFragments } from './fragments.js';

export type FurnitureKind =
  | 'comment-form'
  | 'share'
  | 'follow'
  | 'newsletter'
  | 'login'
  | 'cookie'
  | 'ad'
  | 'related'
  | 'author-box'
  | 'post-nav'
  | 'site-nav'
  | 'media'
  | 'metadata'
  | 'call-to-action'
  | 'footer'
  | 'rights'
  | 'affiliate'
  | 'markup'
  | 'site';

/** How each kind is named in messages. */
export const KIND_LABELS: Readonly<Record<FurnitureKind, string>> = {
  'comment-form': 'comment form',
  share: 'share widget',
  follow: 'social follow prompt',
  newsletter: 'newsletter prompt',
  login: 'login or paywall prompt',
  cookie: 'cookie notice',
  ad: 'ad marker',
  related: 'related links',
  'author-box': 'author box',
  'post-nav': 'post navigation',
  'site-nav': 'site navigation',
  media: 'media caption',
  metadata: 'post metadata',
  'call-to-action': 'call to action',
  footer: 'footer',
  rights: 'rights or disclaimer notice',
  affiliate: 'affiliate or shopping widget',
  markup: 'leftover page markup',
  site: 'a line the site repeats on its articles',
};

/**
 * The language a cue is written in: `en`, another language's code, or
 * `any` for marks no language owns (`©`, leftover markup, a gallery's
 * counter). A line not in English is furniture only on evidence that is not
 * English (verdict.ts).
 */
export type CueLanguage = 'en' | 'any' | 'pt' | 'es' | 'fr' | 'de' | 'it' | 'nl' | 'pl' | 'id' | 'ru' | 'ko' | 'ja' | 'zh';

export interface Cue {
  kind: FurnitureKind;
  pattern: RegExp;
  /** 2: UI phrasing that prose does not use; 1: a UI word that prose uses too. */
  weight: 1 | 2;
  language: CueLanguage;
  /**
   * The page speaking of the text's use or of its readers' conduct (rights, affiliate and comment-policy notices):
   * such notices are written as sentences, and a sentence is no reason to read them as prose.
   */
  notice: boolean;
  /** Lower-case text one of which every match holds (fragments.ts); undefined when the pattern needs none. */
  needs?: string[];
  /** A test of the match that a pattern cannot write (a counter's position is at most its total). */
  accepts?: (match: RegExpExecArray) => boolean;
}

const SOCIAL = '(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|tumblr|telegram|instagram|youtube|tiktok|flipboard|threads|bluesky|mastodon|messenger|snapchat|e-?mail|sms)';
const PAGE = '(?:posts?|articles?|stor(?:y|ies)|pages?|entr(?:y|ies)|items?|site|website|blog)';
const RESPONSE = '(?:reply|comment|response|thoughts|opinion|review)';

/** A web address with a path, alone on its line. */
export const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*$/i;

function cuesIn(language: CueLanguage, kind: FurnitureKind, weight: 1 | 2, ...sources: string[]): Cue[] {
  // No `u` flag: case-insensitive matching is ten times slower with it, and the patterns need no Unicode classes
  // (without it `\b` knows only ASCII letters: cues in other scripts do without it).
  const notice = kind === 'rights' || kind === 'affiliate';
  return sources.map((source) => ({ kind, weight, language, notice, pattern: new RegExp(source, 'gi'), needs: neededFragments(source)?.map((f) => f.text.toLowerCase()) }));
}

/** Strong cues of a notice whose kind is not itself a notice (a comment policy). */
const noticesIn = (language: CueLanguage, kind: FurnitureKind, ...sources: string[]) => cuesIn(language, kind, 2, ...sources).map((cue) => ({ ...cue, notice: true }));

const cues = (kind: FurnitureKind, weight: 1 | 2, ...sources: string[]) => cuesIn('en', kind, weight, ...sources);

/**
 * The families of page UI in other languages, one block per language, from how sites in them write their UI. Each cue
 * names the line's language: a line not in English is furniture only with evidence in its own language (verdict.ts).
 * Besides labels and buttons, the families a real extractor leaves as single lines between or after the body's
 * paragraphs: read-also and related headings, appeals (subscribe, follow, share, comment, download the app, support),
 * rights, licence, source and disclaimer lines, post metadata, author boxes and the placeholders of embeds that wait for
 * consent. A read-also heading is a line's prefix with a colon, or alone on its line (`Lesen Sie hier: …`, `Siehe
 * auch`), not the same words inside a sentence (`Lesen Sie hier, was …`); only the most common labels (`lesen sie
 * auch`, `leggi anche`) are read anywhere. Each wording is written once: where two cues of a block can match the same
 * words, matchCues keeps the one listed first. `\b` knows only ASCII letters: before a word that starts with another
 * letter a cue writes `(?:^|\s)`, after one it writes nothing.
 */
const LABEL = String.raw`\s*[:：]`;
const ALONE = String.raw`\s*[:：.!?]?\s*$`;
const OTHER_LANGUAGES: readonly Cue[] = [
  // Marks and labels no one language owns: a notice's label (`ATENÇÃO:`, `Hinweis:`, weak alone), a picture's credit
  // label, a licence, an affiliate note (`affiliate links` is English's), a news agency's credit alone on its line
  // after the writers' initials (`aja/PAP`, `cb/dpa`).
  ...cuesIn('any', 'rights', 1, String.raw`^(?:aten[çc][ãa]o|atenci[óo]n|achtung|hinweis|avviso|perhatian|внимание)\s*:`),
  ...cuesIn(
    'any',
    'media',
    2,
    String.raw`^[(\[]?(?:foto|fotos|imagem|imagen|bild|bildquelle|cr[ée]dit photo)\s*[:=]`,
    String.raw`^[a-z]{1,5}(?:\s*[/,]\s*[a-z]{1,5})*\s*/\s*(?:pap|dpa|afp|efe|ansa|apa|epd|kna|sid|ap|reuters)$`,
  ),
  ...cuesIn('any', 'rights', 2, String.raw`\bcc[- ]by(?:[- ](?:nc|nd|sa)){0,3}(?: \d\.\d)?\b`, String.raw`\bcreative[- ]commons\b`),
  ...cuesIn('any', 'affiliate', 2, String.raw`\baffiliate-?links?\b`),

  // Portuguese.
  ...cuesIn(
    'pt',
    'rights',
    2,
    String.raw`\btodos os direitos reservados\b`,
    String.raw`\bproibida a (?:reprodu|c[oó]pia)`,
    String.raw`^fontes?${LABEL}`,
    String.raw`\bas opini[õo]es (?:emitidas|expressas)\b`,
  ),
  ...cuesIn('pt', 'share', 2, String.raw`^compartilh(?:e|ar)$|\bcompartilhe (?:isso|isto|esta|este|no|via)\b`),
  ...cuesIn('pt', 'follow', 2, String.raw`\bsiga-nos\b`),
  ...cuesIn('pt', 'newsletter', 2, String.raw`\bassine (?:a |j[aá]|nossa)`, String.raw`\bcadastre-se\b`, String.raw`\bnossa newsletter\b`),
  ...cuesIn('pt', 'comment-form', 2, String.raw`\bdeixe (?:seu|um|o seu|sua) coment`, String.raw`^\d+\s+coment[aá]rios?\b|^coment[aá]rios?$`),
  ...noticesIn('pt', 'comment-form', String.raw`\bcoment[aá]rios?\b.{0,100}\bmodera(?:dor|dos|ção|das)\b`),
  ...cuesIn(
    'pt',
    'related',
    2,
    String.raw`\b(?:leia|veja) (?:tamb[ée]m|mais)\b`,
    String.raw`\bvoc[êe] (?:tamb[ée]m )?(?:pode|poder[aá]) (?:gostar|se interessar)\b`,
    String.raw`\b(?:posts|not[íi]cias|artigos|mat[ée]rias) relacionad[oa]s\b`,
    String.raw`^mais lidas\b`,
    String.raw`^saiba (?:mais|tamb[ée]m)${LABEL}`,
    String.raw`^(?:conte[úu]dos?|mat[ée]ria|artigo|not[íi]cia) (?:relacionad[oa]s?|recomendad[oa]s?)${ALONE}|^(?:mat[ée]rias|artigos|not[íi]cias) (?:relacionad[oa]|recomendad[oa]s?)${ALONE}`,
    String.raw`^as mais (?:lidas|vistas)${ALONE}|^mais vistas${ALONE}`,
  ),
  ...cuesIn(
    'pt',
    'metadata',
    2,
    String.raw`\btempo de leitura\b`,
    String.raw`\b(?:publicado|postado|escrito) (?:por|em)\s*:`,
    String.raw`(?:^|\s-\s)categorias?\s*:`,
    String.raw`^(?:atualizado|publicado) (?:em|[àa]s|h[áa])\b`,
  ),
  ...cuesIn('pt', 'ad', 2, '^publicidade$'),
  ...cuesIn('pt', 'post-nav', 2, String.raw`\b(?:post|artigo) anterior\b|\bpr[óo]ximo (?:post|artigo)\b`),
  ...cuesIn('pt', 'author-box', 2, String.raw`\bsobre o autor\b`, String.raw`^sobre a autora${ALONE}`, String.raw`\btodos os (?:posts|artigos) de\b`),
  ...cuesIn(
    'pt',
    'cookie',
    2,
    String.raw`\b(?:utilizamos|usamos|utiliza|usa) cookies\b`,
    String.raw`\bconte[úu]do externo\b`,
    String.raw`\bpara ver (?:este|o) conte[úu]do\b`,
  ),
  ...cuesIn('pt', 'site-nav', 2, String.raw`\bvoltar ao topo\b`),
  ...cuesIn(
    'pt',
    'call-to-action',
    2,
    String.raw`\bbaixe (?:o nosso|nosso|o) app\b`,
    String.raw`\b(?:nosso|no) canal (?:no|do) (?:telegram|whatsapp|youtube)\b`,
  ),

  // Spanish.
  ...cuesIn(
    'es',
    'rights',
    2,
    String.raw`\btodos los derechos reservados\b`,
    String.raw`\bprohibida (?:la|su) reproducci`,
    String.raw`^fuentes?${LABEL}`,
    String.raw`\blas opiniones (?:expresadas|vertidas)\b`,
    String.raw`\(cr[ée]dito:`,
  ),
  ...cuesIn('es', 'share', 2, String.raw`^compartir$|\bcompartir en\b|\bcomparte (?:esta|este|en)\b`),
  ...cuesIn(
    'es',
    'follow',
    2,
    String.raw`\bs[ií]guenos\b`,
    String.raw`\b(?:nuestro|al) canal (?:de|en) (?:telegram|whatsapp|youtube)\b`,
    String.raw`\b[úu]nete a nuestr[oa]\b`,
  ),
  ...cuesIn(
    'es',
    'newsletter',
    2,
    String.raw`\bsuscr[ií]b(?:ete|ase|irse)\b`,
    String.raw`\bnuestr[oa] (?:newsletter|bolet[ií]n)\b`,
    String.raw`\bcancela cuando quieras\b`,
    String.raw`\bhazte (?:socio|miembro|suscriptor)`,
  ),
  ...cuesIn('es', 'comment-form', 2, String.raw`\bdeja (?:un|tu) comentario\b`, String.raw`^\d+\s+comentarios?\b|^comentarios$`),
  ...noticesIn('es', 'comment-form', String.raw`\bcomentarios?\b.{0,100}\bmodera(?:dor|dos|ción|das)\b`),
  ...cuesIn(
    'es',
    'related',
    2,
    String.raw`\b(?:lee|lea|ver) tambi[ée]n\b`,
    String.raw`\bleer m[aá]s\b`,
    String.raw`\bte puede interesar\b`,
    String.raw`\b(?:noticias|art[íi]culos) relacionad[oa]s\b`,
    String.raw`^m[aá]s le[íi]d[oa]s\b`,
    String.raw`^(?:(?:lea|lee) (?:m[aá]s|adem[aá]s)|leer (?:tambi[eé]n|adem[aá]s))${LABEL}`,
    String.raw`^(?:le (?:puede|podr[ií]a)|te podr[ií]a) interesar(?:${LABEL}|${ALONE})`,
    String.raw`^(?:puedes|puede) ver${LABEL}`,
    String.raw`^(?:mira|v[ée]ase) tambi[ée]n${LABEL}`,
    String.raw`^(?:(?:noticias|art[ií]culos) (?:recomendad[oa]s|similares)|(?:notas|contenidos) (?:relacionad[oa]s|recomendad[oa]s|similares))${ALONE}`,
    String.raw`^lo m[aá]s (?:le[ií]d[oa]s?|vist[oa]s?|compartid[oa]s?)${ALONE}|^m[aá]s (?:le[ií]d[oa]|vist[oa]s?|compartid[oa]s?)${ALONE}`,
    String.raw`^(?:te|le) recomendamos${LABEL}`,
  ),
  ...cuesIn(
    'es',
    'metadata',
    2,
    String.raw`\btiempo de lectura\b`,
    String.raw`\bmin(?:utos)? de lectura\b`,
    String.raw`\b(?:publicado|escrito) (?:por|el)\s*:`,
    String.raw`(?:^|\s-\s)(?:categor[íi]as?|etiquetas)\s*:`,
    String.raw`^(?:publicado|actualizado) (?:el|por|a las|hace)\b`,
    String.raw`\beste (?:art[ií]culo|texto|contenido) (?:fue|se) public[oó] (?:originalmente|primero)`,
  ),
  ...cuesIn('es', 'ad', 2, '^publicidad$'),
  ...cuesIn('es', 'post-nav', 2, String.raw`\b(?:entrada|art[íi]culo) anterior\b|\bsiguiente (?:entrada|art[íi]culo)\b`),
  ...cuesIn(
    'es',
    'author-box',
    2,
    String.raw`\bsobre el autor\b`,
    String.raw`^sobre (?:la autora|los autores)${ALONE}`,
    String.raw`\b(?:todos los|m[áa]s) (?:art[íi]culos|entradas) de\b`,
  ),
  ...cuesIn(
    'es',
    'cookie',
    2,
    String.raw`\b(?:utilizamos|usamos|utiliza) cookies\b`,
    String.raw`\bcontenido externo\b`,
    String.raw`\bpara ver (?:este|el) contenido\b`,
  ),
  ...cuesIn('es', 'site-nav', 2, String.raw`\bvolver (?:arriba|al inicio)\b`),
  ...cuesIn(
    'es',
    'call-to-action',
    2,
    String.raw`\bdescarga (?:nuestra|la) app\b`,
    String.raw`^valora (?:esta|este) (?:noticia|art[ií]culo|nota|contenido)`,
    String.raw`\bapoya (?:nuestro|el) periodismo\b`,
    String.raw`\bpuede(?:s)? escribirnos\b`,
  ),

  // French.
  ...cuesIn(
    'fr',
    'rights',
    2,
    String.raw`\btous droits r[ée]serv[ée]s\b`,
    String.raw`\breproduction interdite\b`,
    String.raw`\bn['’]engage(?:nt)? que (?:leurs?|son|ses) auteur`,
  ),
  ...cuesIn('fr', 'share', 2, String.raw`^partager$|\bpartager (?:sur|cet|cette|par)\b`),
  ...cuesIn('fr', 'follow', 2, String.raw`\bsuivez-nous\b`, String.raw`\brejoignez-nous\b`),
  ...cuesIn(
    'fr',
    'newsletter',
    2,
    String.raw`\babonnez-vous\b`,
    String.raw`\binscrivez-vous\b`,
    String.raw`\bnotre newsletter\b`,
    String.raw`\brecevez (?:notre|nos|chaque)\b`,
  ),
  ...cuesIn('fr', 'comment-form', 2, String.raw`\blaisser un commentaire\b`, String.raw`^\d+\s+commentaires?\b|^commentaires?$`, String.raw`^r[ée]agissez\b`),
  ...cuesIn(
    'fr',
    'related',
    2,
    String.raw`\b(?:[àa] )?lire aussi\b`,
    String.raw`\bvoir aussi\b`,
    String.raw`\blire la suite\b`,
    String.raw`\bsur le m[êe]me sujet\b`,
    String.raw`\barticles similaires\b`,
    String.raw`\bvous aimerez aussi\b`,
    String.raw`^les plus lus\b`,
    String.raw`^(?:[àa] )?(?:lire|voir) (?:[ée]galement|ensuite)\s*(?:[:»]|$)|^(?:à (?:lire|voir)|a voir) aussi\s*(?:[:»]|$)`,
    String.raw`^(?:(?:article|contenus?) similaires|(?:articles?|contenus?) (?:associ[ée]s|li[ée]s|recommand[ée]s))${ALONE}`,
    String.raw`^plus (?:lus|partag[ée]s|comment[ée]s)${ALONE}|^les plus (?:partag[ée]s|comment[ée]s)${ALONE}`,
    String.raw`^dans la m[êe]me rubrique${ALONE}`,
    String.raw`^pour lire la suite\b`,
  ),
  ...cuesIn(
    'fr',
    'metadata',
    2,
    String.raw`\btemps de lecture\b`,
    String.raw`\bmin(?:utes)? de lecture\b`,
    String.raw`\bpubli[ée] (?:par|le)\s*:`,
    String.raw`^mis [àa] jour le\b`,
    String.raw`^publi[ée] le\b`,
    String.raw`\bcet article (?:a [ée]t[ée] |est )?(?:initialement|d['’]abord|originellement) (?:publi[ée]|paru)`,
    String.raw`^(?:mots-cl[ée]s|th[èe]mes?)${LABEL}`,
  ),
  ...cuesIn('fr', 'ad', 2, '^publicit[ée]$'),
  ...cuesIn('fr', 'post-nav', 2, String.raw`\barticle (?:pr[ée]c[ée]dent|suivant)\b`),
  ...cuesIn('fr', 'author-box', 2, String.raw`\b[àa] propos de l'auteur\b`, String.raw`^l['’]auteure?${ALONE}`, String.raw`\btous les articles de\b`),
  ...cuesIn(
    'fr',
    'cookie',
    2,
    String.raw`\b(?:nous utilisons|utilise) des cookies\b`,
    String.raw`\bcontenu externe\b`,
    String.raw`\bpour (?:afficher|voir) ce contenu\b`,
  ),
  ...cuesIn('fr', 'site-nav', 2, String.raw`\bretour en haut\b`),
  ...cuesIn('fr', 'call-to-action', 2, String.raw`\bt[ée]l[ée]chargez (?:notre|l['’])application\b`, String.raw`\bsoutenez (?:notre|nous|le journalisme)\b`),

  // German.
  ...cuesIn(
    'de',
    'rights',
    2,
    String.raw`\balle rechte vorbehalten\b`,
    String.raw`\bnachdruck (?:nur|verboten|untersagt)\b`,
    String.raw`\b(?:meinung|ansicht) (?:des autors|der autorin|der autoren|des verfassers)\b`,
    String.raw`^(?:diese[rs]?|der) (?:beitrag|artikel|text|kommentar|gastbeitrag) (?:gibt|spiegelt)\b`,
    String.raw`\bohne gew[äa]hr\b`,
    String.raw`\bunter der lizenz\b`,
    String.raw`^quellen?(?:angaben?)?${LABEL}|^quellen?(?:angaben?)?${ALONE}`,
    String.raw`\(quelle:`,
  ),
  ...cuesIn(
    'de',
    'share',
    2,
    String.raw`^teilen$|\b(?:artikel|beitrag) teilen\b|\bteilen (?:auf|per|via)\b`,
    String.raw`^(?:diesen |den )?(?:artikel|beitrag|rezept|seite)(?: mit (?:anderen|freunden))? (?:teilen|drucken|empfehlen|merken|speichern)`,
    String.raw`\b(?:artikel|beitrag) gefallen\s*\?`,
    String.raw`\bvergiss nicht zu teilen\b`,
    String.raw`^rezept drucken\b|\bbei pinterest (?:speichern|merken|pinnen)\b`,
  ),
  ...cuesIn('de', 'follow', 2, String.raw`\bfolgen sie uns\b`, String.raw`\bfolge?n? (?:du )?uns (?:auf|bei)\b`),
  ...cuesIn(
    'de',
    'newsletter',
    2,
    String.raw`\bjetzt abonnieren\b`,
    String.raw`\babonnieren sie\b`,
    String.raw`\babonniere (?:jetzt |kostenlos )?(?:unseren|den|die)\b`,
    String.raw`\b(?:newsletter|podcast|kanal) (?:jetzt )?(?:abonnieren|bestellen)\b`,
    String.raw`\b(?:unseren?|zum|den) (?:kostenlosen )?newsletter\b`,
    String.raw`\bverpasse?n? (?:sie |du )?keine (?:news|nachrichten|artikel|beitr[äa]ge|folge|neuigkeiten|angebote)`,
    String.raw`^(?:keine|nichts)\b.{0,50}\bmehr verpassen\b`,
  ),
  ...cuesIn(
    'de',
    'comment-form',
    2,
    String.raw`\bkommentar (?:schreiben|verfassen|hinterlassen)\b`,
    String.raw`^\d+\s+kommentare?\b|^kommentare$`,
    String.raw`\b(?:musst|muss|m[üu]ssen) (?:eingeloggt|angemeldet) sein\b`,
    String.raw`^\(?(?:noch )?keine (?:kommentare|bewertungen)\b`,
    String.raw`\bin den kommentaren\b`,
  ),
  ...cuesIn(
    'de',
    'related',
    2,
    String.raw`\blesen sie auch\b`,
    String.raw`\bauch interessant\b`,
    String.raw`\bmehr zum thema\b`,
    String.raw`\bweitere artikel\b`,
    String.raw`^weiterlesen\b`,
    String.raw`\bk[öo]nnte sie auch interessieren\b`,
    String.raw`^meistgelesen`,
    String.raw`^(?:lesen sie (?:hier|mehr|weiter|dazu)|lies (?:hier|mehr|weiter|dazu|auch))${LABEL}`,
    String.raw`^(?:auch|mehr|weiter) lesen${LABEL}`,
    String.raw`^(?:siehe auch|schon gelesen|empfehlungen der redaktion|(?:das (?:thema )?)?k[öo]nnte dich auch interessieren|das (?:thema )?k[öo]nnte sie auch interessieren)${ALONE}`,
    String.raw`^(?:siehe auch|mehr dazu)${LABEL}`,
    String.raw`^(?:(?:verwandte|[äa]hnliche|passende|weiterf[üu]hrende|beliebte) (?:artikel|beitr[äa]ge|themen|links?|nachrichten|news|informationen|infos|rezepte|videos)|weitere (?:beitr[äa]ge|themen|links?|nachrichten|news|informationen|infos|rezepte|videos))${ALONE}`,
    String.raw`^(?:meist-|am meisten )(?:gelesen|diskutiert|kommentiert|geklickt|geteilt)(?:e|en)?${ALONE}|^meist(?:diskutiert|kommentiert|geklickt|geteilt)(?:e|en)?${ALONE}`,
    String.raw`^vorschau auf den n[äa]chsten (?:artikel|beitrag)`,
    String.raw`^zur[üu]ck(?: zur (?:[üu]bersicht|listenansicht|startseite))?${ALONE}`,
    String.raw`^hier geht(?:'s|’s| es) (?:zu[mr]?|weiter)\b`,
    String.raw`^entdecke(?:n sie)? (?:weitere|mehr|alle)\b`,
    String.raw`^(?:noch )?mehr (?:infos?|informationen|artikel|beitr[äa]ge)(?: f[üu]r (?:dich|sie))?${ALONE}`,
    String.raw`^(?:heute |au[ßs]erdem )?empfehlen wir${ALONE}|^(?:unsere )?empfehlungen${ALONE}`,
    String.raw`^(?:weitere|mehr) (?:infos?|informationen) (?:unter|auf|bei)\b`,
  ),
  ...cuesIn(
    'de',
    'metadata',
    2,
    String.raw`\blesezeit\b`,
    String.raw`^ver[öo]ffentlicht (?:am|von)\b`,
    String.raw`^aktualisiert am\b`,
    String.raw`^schlagw[öo]rter\s*:`,
    String.raw`\bdieser (?:beitrag|artikel|text) (?:erschien|stammt|wurde) (?:zuerst |urspr[üu]nglich )?(?:in|aus|bei|auf|unter|am)\b`,
    String.raw`^ver[öo]ffentlichung${LABEL}`,
    String.raw`^(?:erstellt|geschrieben|gepostet|publiziert) (?:am|von)\b`,
    String.raw`\b(?:ver[öo]ffentlicht und|wurde) (?:unter|in) .{0,80}\babgelegt\b`,
    String.raw`^stichw[öo]rter${LABEL}`,
    String.raw`^autor(?:in|en)?${ALONE}`,
    String.raw`^(?:letzte |zuletzt )aktualisier(?:ung|t) am\b|^aktualisierung am\b|^(?:letzte )?aktualisierung${LABEL}`,
  ),
  ...cuesIn('de', 'ad', 2, '^anzeige$', String.raw`^[-–]\s*anzeige\s*[-–]$`),
  ...cuesIn('de', 'post-nav', 2, String.raw`\b(?:vorheriger|n[äa]chster) (?:artikel|beitrag)\b`),
  ...cuesIn(
    'de',
    'author-box',
    2,
    String.raw`(?:^|\s)[üu]ber (?:den autor|die autorin|die autoren)\b`,
    String.raw`^(?:zur|zum) (?:autorin|autor)${ALONE}`,
    String.raw`\b(?:alle (?:beitr[äa]ge|artikel)|weitere beitr[äa]ge) (?:von|des autors|der autorin)\b`,
  ),
  ...cuesIn(
    'de',
    'cookie',
    2,
    String.raw`\b(?:wir verwenden|verwendet) cookies\b`,
    String.raw`\bum (?:den |die |das )?(?:inhalte?|video|karte|tweet|beitrag)\b.{0,60}\bzu laden\b`,
    String.raw`\bexterne[nr]? (?:inhalte?|dienst|anbieter)`,
    String.raw`\bohne (?:dein|ihr) einverst[äa]ndnis\b`,
    String.raw`^wir respektieren (?:deine|ihre) privatsph[äa]re\b`,
  ),
  ...cuesIn('de', 'site-nav', 2, String.raw`^nach oben$`),
  ...noticesIn('de', 'comment-form', String.raw`\bkommentare (?:erscheinen|werden)\b.{0,40}\b(?:freigabe|freigeschaltet|moderiert|gepr[üu]ft)`),
  ...cuesIn(
    'de',
    'call-to-action',
    2,
    String.raw`\b(?:lade|laden sie) (?:dir |sich )?(?:jetzt |hier )?(?:unsere|die) [\w-]*\s?app\b`,
    String.raw`\bjetzt (?:spenden|unterst[üu]tzen|registrieren|herunterladen)\b`,
    String.raw`\bunterst[üu]tzen? (?:sie |du )?(?:uns|unsere arbeit|unabh[äa]ngigen journalismus)\b`,
    String.raw`\bals pdf herunterladen\b`,
    String.raw`^(?:klicke|klicken sie) (?:auf|hier)\b`,
  ),
  ...cuesIn(
    'de',
    'affiliate',
    2,
    String.raw`\b(?:erh[äa]lt|erhalten|bekommt|bekommen) (?:[\w.-]+ ){0,3}(?:eine )?(?:kleine )?provision\b`,
    String.raw`^\*?werbung\s*(?:[:.*]|$)`,
    String.raw`\benth[äa]lt (?:werbung|affiliate|produktplatzierung)`,
  ),
  ...cuesIn('de', 'media', 2, String.raw`^bild (?:anzeigen|schlie[ßs]en)\b`, String.raw`\bzum vergr[öo][ßs]ern (?:auf das bild )?klicken\b`),

  // Italian.
  ...cuesIn(
    'it',
    'rights',
    2,
    String.raw`\btutti i diritti riservati\b`,
    String.raw`\briproduzione riservata\b`,
    String.raw`\bvietata la riproduzione\b`,
    String.raw`^fonti?${LABEL}`,
  ),
  ...cuesIn('it', 'share', 2, String.raw`^condividi$|\bcondividi (?:su|questo|l'articolo)\b`),
  ...cuesIn('it', 'follow', 2, String.raw`\bseguici\b`),
  ...cuesIn('it', 'newsletter', 2, String.raw`\biscriviti\b`, String.raw`\babbonati (?:ora|subito)\b`, String.raw`\bla nostra newsletter\b`),
  ...cuesIn('it', 'comment-form', 2, String.raw`\blascia un commento\b`, String.raw`^\d+\s+commenti\b|^commenti$`),
  ...cuesIn(
    'it',
    'related',
    2,
    String.raw`\bleggi anche\b`,
    String.raw`\bpotrebbe interessarti\b`,
    String.raw`\barticoli correlati\b`,
    String.raw`^i pi[ùu] letti\b`,
    String.raw`^(?:leggi pure|vedi (?:anche|pure))${LABEL}`,
    String.raw`^(?:ti potrebbe (?:anche )?interessar(?:e|ti)|potrebbe (?:anche interessar(?:e|ti)|interessare))${ALONE}`,
    String.raw`^(?:articoli (?:correlate|simili|consigliat[ie])|notizie (?:correlat[ie]|simili|consigliat[ie]))${ALONE}`,
    String.raw`^pi[ùu] (?:letti|visti|condivisi|commentati)${ALONE}|^i pi[ùu] (?:visti|condivisi|commentati)${ALONE}`,
  ),
  ...cuesIn(
    'it',
    'metadata',
    2,
    String.raw`\btempo di lettura\b`,
    String.raw`^pubblicato (?:da|il)\b`,
    String.raw`^aggiornato il\b`,
    String.raw`\bquesto articolo (?:[èe] stato )?(?:pubblicato|apparso) (?:originariamente|per la prima volta)`,
    String.raw`^(?:argomenti|categori[ae])${LABEL}`,
  ),
  ...cuesIn('it', 'ad', 2, '^pubblicit[àa]$'),
  ...cuesIn('it', 'post-nav', 2, String.raw`\barticolo (?:precedente|successivo)\b`),
  ...cuesIn('it', 'author-box', 2, String.raw`\bsull'autore\b`, String.raw`^l['’]autore${ALONE}`, String.raw`\btutti gli articoli di\b`),
  ...cuesIn(
    'it',
    'cookie',
    2,
    String.raw`\butilizza(?:mo)? (?:i )?cookie\b`,
    String.raw`\bcontenuto esterno\b`,
    String.raw`\bper visualizzare (?:questo|il) contenuto\b`,
  ),
  ...cuesIn('it', 'site-nav', 2, String.raw`^torna su$`),
  ...cuesIn(
    'it',
    'call-to-action',
    2,
    String.raw`\bscarica (?:la nostra |l['’])app\b`,
    String.raw`\bsostieni (?:il nostro|l['’]informazione|il giornalismo)\b`,
  ),

  // Dutch.
  ...cuesIn('nl', 'rights', 2, String.raw`\balle rechten voorbehouden\b`, String.raw`^bron${LABEL}`),
  ...cuesIn('nl', 'share', 2, String.raw`^delen$|\bdeel (?:dit|via|op)\b`),
  ...cuesIn('nl', 'follow', 2, String.raw`\bvolg ons\b`),
  ...cuesIn('nl', 'comment-form', 2, String.raw`\blaat een reactie achter\b`, String.raw`^\d+\s+reacties\b|^reacties$`),
  ...cuesIn(
    'nl',
    'related',
    2,
    String.raw`\blees ook\b`,
    String.raw`^meest gelezen\b`,
    String.raw`\bgerelateerde artikelen\b`,
    String.raw`^(?:lees (?:meer|verder)|bekijk (?:ook|meer|verder))${LABEL}`,
    String.raw`^(?:gerelateerde (?:berichten|nieuws|verhalen)|(?:vergelijkbare|meer) (?:artikelen|berichten|nieuws|verhalen))${ALONE}`,
    String.raw`^(?:gelezen|bekeken|meest bekeken)${ALONE}`,
  ),
  ...cuesIn('nl', 'ad', 2, '^advertentie$'),
  ...cuesIn(
    'nl',
    'cookie',
    2,
    String.raw`\b(?:gebruikt|gebruiken) cookies\b`,
    String.raw`\bexterne inhoud\b`,
    String.raw`\bom deze inhoud te (?:zien|bekijken|laden)\b`,
  ),
  ...cuesIn('nl', 'newsletter', 2, String.raw`\bonze nieuwsbrief\b`, String.raw`\b(?:schrijf je in|meld je aan) voor\b`),
  ...cuesIn('nl', 'call-to-action', 2, String.raw`\bdownload (?:de|onze) app\b`, String.raw`\bsteun (?:ons|onze journalistiek)\b`),
  ...cuesIn(
    'nl',
    'metadata',
    2,
    String.raw`^(?:gepubliceerd|bijgewerkt) (?:op|door)\b`,
    String.raw`\bdit artikel verscheen (?:eerder|eerst|oorspronkelijk)\b`,
    String.raw`^(?:trefwoorden|categorie(?:[ëe]n)?)${LABEL}`,
  ),
  ...cuesIn('nl', 'author-box', 2, String.raw`^over de (?:auteur|schrijver)${ALONE}`, String.raw`\balle (?:berichten|artikelen) van\b`),

  // Polish.
  ...cuesIn(
    'pl',
    'related',
    2,
    String.raw`^(?:czytaj|zobacz|przeczytaj) (?:te[żz]|tak[żz]e|r[óo]wnie[żz]|wi[ęe]cej)\s*(?:[:»]|$)`,
    String.raw`^polecamy${LABEL}|^polecamy${ALONE}`,
    String.raw`^(?:powi[ąa]zane|podobne) (?:artyku[łl]y|wpisy|tematy|teksty)${ALONE}`,
    String.raw`^(?:najcz[ęe][śs]ciej )?(?:czytane|komentowane)${ALONE}`,
  ),
  ...cuesIn('pl', 'newsletter', 2, String.raw`\bsubskrypcj`, String.raw`\bzapisz si[ęe] (?:do|na)\b`, String.raw`\bnewslettera?\b`),
  ...cuesIn('pl', 'follow', 2, String.raw`\bobserwuj (?:nas|naszy)`, String.raw`\bdo[łl][ąa]cz do nas\b`),
  ...cuesIn('pl', 'call-to-action', 2, String.raw`\bpobierz (?:nasz[ąa]|aplikacj)`, String.raw`\bwesprzyj (?:nas|nasz)`, String.raw`^zapraszamy (?:do|na)\b`),
  ...cuesIn(
    'pl',
    'rights',
    2,
    String.raw`(?:^|\s)[źz]r[óo]d[łl]o${LABEL}`,
    String.raw`\bmateria[łl] chroniony prawem autorskim`,
    String.raw`\bwszelkie prawa zastrze[żz]one`,
  ),
  ...cuesIn('pl', 'metadata', 2, String.raw`^(?:opublikowano|publikacja|aktualizacja|data publikacji|tagi)${LABEL}`),
  ...cuesIn('pl', 'author-box', 2, String.raw`^o autorze${ALONE}`, String.raw`\bwszystkie (?:artyku[łl]y|wpisy) autora`),
  ...cuesIn('pl', 'cookie', 2, String.raw`\btre[śs]ci? zewn[ęe]trzn`, String.raw`\baby (?:zobaczy[ćc]|wy[śs]wietli[ćc]) (?:t[ęea]|ten) tre[śs][ćc]`),

  // Indonesian.
  ...cuesIn('id', 'rights', 2, String.raw`\bhak cipta dilindungi\b`, String.raw`\bdilarang (?:mengutip|menyalin|memperbanyak)\b`),
  ...cuesIn('id', 'share', 2, String.raw`^bagikan$|\bbagikan (?:ke|artikel|berita)\b`),
  ...cuesIn('id', 'follow', 2, String.raw`\bikuti kami\b`),
  ...cuesIn('id', 'newsletter', 2, String.raw`\bberlangganan\b`),
  ...cuesIn('id', 'comment-form', 2, String.raw`\btulis komentar\b`, String.raw`\btinggalkan (?:komentar|balasan)\b`, String.raw`^\d+\s+komentar\b|^komentar$`),
  ...cuesIn(
    'id',
    'related',
    2,
    String.raw`\bbaca juga\b`,
    String.raw`\bbaca selengkapnya\b`,
    String.raw`\b(?:berita|artikel) terkait\b`,
    String.raw`^terpopuler\b`,
  ),
  ...cuesIn('id', 'metadata', 2, String.raw`\bwaktu baca\b`, String.raw`^(?:dipublikasikan|diperbarui)\b`),
  ...cuesIn('id', 'ad', 2, '^iklan$'),
  ...cuesIn('id', 'post-nav', 2, String.raw`\bartikel (?:sebelumnya|selanjutnya)\b`),
  ...cuesIn('id', 'author-box', 2, String.raw`\btentang penulis\b`),
  ...cuesIn('id', 'cookie', 2, String.raw`\bmenggunakan cookie\b`),

  // Russian.
  ...cuesIn(
    'ru',
    'rights',
    2,
    'все права защищены',
    'перепечатка.{0,40}(?:запрещена|разрешена|допускается|только)',
    'при (?:использовании|цитировании|копировании) материалов',
  ),
  ...cuesIn('ru', 'share', 2, '^поделиться'),
  ...cuesIn('ru', 'follow', 2, 'подписывайтесь на', 'подпишитесь на'),
  ...cuesIn('ru', 'comment-form', 2, 'оставить комментарий', '^комментарии', '\\d+ комментари'),
  ...cuesIn('ru', 'related', 2, 'читайте также', 'читать (?:далее|также)', 'похожие (?:статьи|новости|материалы)'),
  ...cuesIn('ru', 'metadata', 2, 'время чтения', '^опубликовано:', '^обновлено:', '^теги:'),
  ...cuesIn('ru', 'media', 2, '^фото\\s*:', 'личный архив', 'пресс-служба'),
  ...cuesIn('ru', 'ad', 2, '^реклама$'),
  ...cuesIn('ru', 'post-nav', 2, '(?:предыдущая|следующая) (?:статья|запись)'),
  ...cuesIn('ru', 'author-box', 2, 'об авторе'),
  ...cuesIn('ru', 'site-nav', 2, '^наверх$'),

  // Korean.
  ...cuesIn('ko', 'rights', 2, '무단\\s?전재', '재배포\\s?금지', '저작권자\\s*[ⓒ©(]'),
  ...cuesIn('ko', 'share', 2, '공유하기', '^공유$'),
  ...cuesIn('ko', 'follow', 2, '구독하기', '구독\\s?신청'),
  ...cuesIn('ko', 'newsletter', 2, '뉴스레터'),
  ...cuesIn('ko', 'comment-form', 2, '댓글'),
  ...cuesIn('ko', 'related', 2, '관련\\s?기사', '주요\\s?뉴스', '많이 본 (?:뉴스|기사)', '인기\\s?기사', '추천\\s?기사'),
  ...cuesIn('ko', 'media', 2, '^사진\\s*=', '사진\\s*제공'),
  ...cuesIn('ko', 'ad', 2, '^광고$'),
  ...cuesIn('ko', 'post-nav', 2, '^(?:이전|다음)\\s?글'),

  // Japanese.
  ...cuesIn('ja', 'rights', 2, '無断(?:転載|複製|転用)', '転載を禁'),
  ...cuesIn('ja', 'share', 2, '^シェア', 'シェアする', '^ツイート$'),
  ...cuesIn('ja', 'follow', 2, 'をフォロー', 'フォローする'),
  ...cuesIn('ja', 'newsletter', 2, 'メルマガ', 'ニュースレター'),
  ...cuesIn('ja', 'comment-form', 2, 'コメントを(?:書く|残す|投稿)', '^コメント$'),
  ...cuesIn('ja', 'related', 2, '関連記事', '人気記事', 'おすすめ記事', '続きを読む', 'あわせて読みたい'),
  ...cuesIn('ja', 'metadata', 2, '^(?:投稿日|更新日|公開日)', '^カテゴリー?[:：]', '^タグ[:：]'),
  ...cuesIn('ja', 'media', 2, '^(?:写真|画像|提供)[:：]'),
  ...cuesIn('ja', 'ad', 2, '^広告$', '^スポンサーリンク$'),
  ...cuesIn('ja', 'post-nav', 2, '^(?:前|次)の記事'),
  ...cuesIn('ja', 'site-nav', 2, 'トップへ戻る', 'ページの先頭へ'),

  // Chinese.
  ...cuesIn('zh', 'rights', 2, '版权所有', '未经(?:许可|授权)', '禁止转载', '转载请注明'),
  ...cuesIn('zh', 'share', 2, '分享到'),
  ...cuesIn('zh', 'related', 2, '相关(?:阅读|文章|新闻)', '延伸阅读', '热门文章'),
];

export const CUES: readonly Cue[] = [
  ...cues(
    'comment-form',
    2,
    String.raw`\b(?:leave|post|add|write|submit|join|start|share|drop)\s+(?:a|an|your|the|my)\s+${RESPONSE}s?\b`,
    String.raw`\bhave your say\b`,
    String.raw`\bcancel (?:reply|comment)\b`,
    String.raw`\brequired fields?\b`,
    String.raw`\b(?:will|shall) not be (?:published|shared|displayed|made public)\b`,
    String.raw`\bnotify me\b`,
    String.raw`\b(?:logged|log|signed|sign) in to (?:post|leave|add|reply|comment|join)\b`,
    String.raw`\bcomment data\b`,
    String.raw`\b(?:save|remember) my (?:name|details|e-?mail|info)`,
    String.raw`\bnext time I comment\b`,
    String.raw`^\d+\s+(?:comments?|replies|responses)\b`,
    String.raw`^no (?:comments|replies|responses)(?: yet)?\W*$`,
    String.raw`\bbe the first to (?:comment|reply|respond|review)\b`,
    String.raw`\bjoin the (?:conversation|discussion|debate)\b`,
    String.raw`\b(?:show|view|load|hide|see|read) (?:all |more |the )?(?:\d+ )?(?:comments|replies)\b`,
    String.raw`\b(?:post|submit|send|publish) (?:comment|reply|response)s?\b`,
  ),
  // A comment policy: the page speaking of its readers' conduct.
  ...noticesIn(
    'en',
    'comment-form',
    String.raw`\b(?:comments?|replies) (?:are|is|have been|will be|may be) (?:closed|disabled|moderated|turned off|reviewed|removed|deleted)\b`,
    String.raw`\bcomment (?:policy|guidelines)\b|\bcommunity (?:guidelines|standards)\b`,
    String.raw`\bmoderat\w* (?:all |new |reader )?comments\b`,
  ),
  ...cues('comment-form', 2, String.raw`^(?:comments?|reply|replies)(?:\s*\(?\d+\)?|\s*[↓↑→»›])?$`, String.raw`\b(?:has|have) been (?:submitted|received|sent|saved|posted)\b`),
  // A post's links and counts after a separator (`Posted in Politics | Permalink | 10 Comments`).
  ...cues('comment-form', 2, String.raw`[|•·]\s*\d+\s+(?:comments?|replies|responses)\b`),
  ...cues('metadata', 2, String.raw`\bpermalink\b`),
  ...cues('metadata', 1, String.raw`\bposted by\b`),
  ...cues('comment-form', 1, String.raw`\b(?:reply|replies|comments?|spam)\b`, String.raw`\s\*$`),
  ...cues(
    'share',
    2,
    String.raw`\b(?:share|tweet|pin|e-?mail|forward|print)\s+this\b`,
    String.raw`\b(?:share|post|tweet|pin)\s+(?:on|to|via|with)\s+${SOCIAL}\b`,
    String.raw`\bclick to (?:share|e-?mail|print|tweet|pin|post|open)\b`,
    String.raw`\bopens? in (?:a )?new (?:window|tab)\b`,
    String.raw`\b(?:copy|copied) (?:the )?link\b|\blink copied\b`,
    String.raw`\b(?:e-?mail|send) (?:a link|to a friend)\b`,
    String.raw`\bprint(?:er)?[- ]friendly\b`,
    // A button on a line of its own.
    String.raw`^(?:tweet|pin(?: it)?|share|e-?mail|print|like|save|bookmark|listen)$`,
    // The like button's label and its placeholder (`Like this: Like Loading...`).
    String.raw`^like this:|\blike loading\b`,
  ),
  ...cues('share', 1, String.raw`\bsocial media\b`, String.raw`\bpdf\b`, String.raw`\bshare[sd]?\b`, String.raw`\b(?:facebook|twitter|linkedin|reddit|whatsapp|pinterest|tumblr|telegram|flipboard)\b`, String.raw`\be-?mail\b`),
  ...cues(
    'follow',
    2,
    String.raw`\bfollow (?:us|me|@\w+)\b`,
    String.raw`\bfollow\b.{0,40}\bon ${SOCIAL}\b`,
    String.raw`\b(?:like|find|join|connect with) us (?:on|at)\b|^(?:like|join|connect with) us\b`,
    String.raw`^follow$`,
  ),
  ...cues(
    'newsletter',
    2,
    String.raw`\bnewsletters?\b`,
    String.raw`\b(?:un)?subscribe\b`,
    String.raw`\bmailing list\b`,
    String.raw`\byour inbox\b`,
    String.raw`\benter your e-?mail\b`,
    String.raw`\bdelivered (?:straight |right )?to your\b`,
  ),
  ...cues('newsletter', 1, String.raw`\b(?:the )?latest (?:news|updates|stories|headlines)\b`, String.raw`\bsign(?:ing)?[- ]?up\b`, String.raw`\b(?:never|don'?t) miss\b`, String.raw`\balerts?\b`, String.raw`\b(?:daily|weekly) (?:digest|briefing|e-?mail|roundup)\b`),
  ...cues(
    'login',
    2,
    String.raw`\bcreate (?:an|a free|your) account\b`,
    String.raw`\balready (?:a subscriber|have an account|registered)\b`,
    String.raw`\bsubscribers? only\b|\bfor subscribers\b`,
    String.raw`\bforgot (?:your )?password\b`,
    String.raw`\bfree (?:articles?|stor(?:y|ies))\b`,
    // The meter's count (`3 free articles remaining this month`).
    String.raw`\b(?:remaining|left) (?:this|for the) (?:month|week)\b`,
    String.raw`\breached (?:your|the) (?:\w+ )?(?:limit|maximum)\b`,
    String.raw`^(?:log ?in|sign ?in|register)$`,
  ),
  ...cues('login', 1, String.raw`\b(?:log|sign)(?:ged)?[- ]?(?:in|out)\b`, String.raw`\bpassword\b`),
  ...cues(
    'cookie',
    2,
    String.raw`\b(?:we|this (?:site|website)) uses? cookies\b`,
    String.raw`\b(?:accept|reject|decline|allow|manage) (?:all )?(?:cookies|preferences|settings|choices)\b`,
    String.raw`\bcookie (?:policy|settings|preferences|consent|notice|banner)\b`,
    String.raw`\b(?:value|respect|protect) your privacy\b`,
    String.raw`\b(?:privacy|consent|cookie) (?:preferences|choices)\b|\bupdate your (?:settings|preferences|choices)\b`,
    String.raw`\bby (?:continuing|using|browsing)\b.{0,40}\b(?:site|website|page)\b`,
    String.raw`\bgdpr\b`,
    String.raw`\bopt[- ]?(?:out|in)\b`,
    String.raw`^(?:accept|reject|decline|allow)(?: all)?(?: cookies)?$|^(?:got it|dismiss)$`,
  ),
  // The page speaking of itself; the other cues of the line tell which furniture it is.
  ...cues('footer', 2, String.raw`\bthis (?:site|website|blog|page) (?:uses|is protected|collects|may)\b`),
  ...cues('cookie', 1, String.raw`\bprivacy\b`, String.raw`\bcookies?\b`, String.raw`\bconsent\b`, String.raw`\b(?:best|browsing) experience\b`),
  ...cues(
    'ad',
    2,
    String.raw`\badvertisements?\b`,
    String.raw`\bsponsored\b`,
    String.raw`\b(?:promoted|paid|partner|branded) (?:content|posts?|stor(?:y|ies)|partnerships?)\b`,
    String.raw`\b(?:from|by) our (?:partners|sponsors)\b`,
    String.raw`\b(?:story|article|text|content|reading) continues\b`,
    String.raw`\bscroll (?:down )?to (?:continue|read)\b`,
    String.raw`^(?:ads?|advert)$`,
  ),
  ...cues('ad', 1, String.raw`\badvertising\b`, String.raw`\bcontinues? (?:below|after)\b`, String.raw`\b(?:presented|brought to you|supported) by\b`),
  ...cues(
    'related',
    2,
    String.raw`\brelated(?::|$| (?:articles?|posts?|stories|story|content|coverage|links|reading|news|topics|videos?|roundups?|guides?))`,
    String.raw`\byou (?:may|might|will) also (?:like|enjoy|be interested)\b`,
    String.raw`\b(?:also read|see also|further reading|recommended (?:for you|reading|stories|articles)|editor'?s picks|top stories|most (?:read|popular|viewed|shared|emailed)|popular (?:posts|stories|articles)|trending(?: now| stories)?)\b`,
    String.raw`\bread (?:more|next|the full|full|also)\b`,
    String.raw`\b(?:continue|keep) reading\b`,
    String.raw`\b(?:click|tap)(?:ing)? here\b`,
    String.raw`^more (?:from|in|on|about)\b`,
    String.raw`^(?:most )?popular (?:on|in|at|now)\b`,
    String.raw`\bon our (?:site|website)\b`,
    String.raw`\bmore (?:stories|articles|news|posts|coverage)\b`,
    String.raw`^(?:load|show|see|view) (?:more|all)\b`,
  ),
  ...cues('related', 1, String.raw`\b(?:learn|find out|see) more\b`),
  ...cues(
    'author-box',
    2,
    String.raw`\babout the (?:author|writer|contributor|reporter)\b`,
    String.raw`\bview all (?:posts|articles|stories)\b`,
    String.raw`\b(?:author|writer) (?:bio|profile|page)\b`,
    String.raw`\bcontact the (?:author|writer|reporter)\b`,
  ),
  ...cues('author-box', 1, String.raw`\b(?:posts|articles|stories) by\b`, String.raw`\bstaff (?:writer|reporter|correspondent)\b`),
  ...cues(
    'post-nav',
    2,
    // Followed by a separator or nothing: `Next Post »`, not the headline `Next Post Office opens`.
    String.raw`\b(?:previous|prev|next|older|newer)\s+${PAGE}(?=\s*(?:[:»›→>|]|$))`,
    String.raw`\bpost navigation\b`,
    String.raw`^(?:up next|next|previous|prev)\s*[:»›→]`,
  ),
  ...cues('post-nav', 1, String.raw`^[«‹←]`, String.raw`[»›→]$`),
  ...cues(
    'site-nav',
    2,
    String.raw`\bskip to (?:the )?(?:main )?(?:content|navigation|menu|footer)\b`,
    String.raw`\bback to (?:top|home|homepage|home page|the (?:top|home ?page|front page|main page))\b|^back to (?:the )?(?:gallery|article|story|list|results|search|index|overview|blog|section)$`,
    String.raw`^home(?=\s*[»>›/|])`,
    String.raw`\byou are here\b`,
    String.raw`\bpage \d+ of \d+\b`,
    String.raw`^(?:menu|search|close|main menu)$`,
  ),
  ...cues(
    'media',
    2,
    String.raw`\b(?:toggle|hide|show|expand|collapse|view) (?:the )?(?:caption|image|photo|gallery|video|slideshow)\b`,
    String.raw`\benlarge (?:this )?(?:image|photo|picture)\b`,
    String.raw`\b(?:photo|image|picture|video|illustration) (?:credit|courtesy|source|by)\b`,
    String.raw`^(?:photo|image|picture|photograph|illustration|graphic|video|caption|credit|pictured)s?\s*(?::|by\b|courtesy\b)`,
    // A credit in brackets (`(Image: Jane Doe / Getty Images)`); a bracketed graphic or video is a link to it, the article's.
    String.raw`^[(\[](?:photo|image|picture|photograph|credit)s?\s*(?::|by\b|courtesy\b)`,
    String.raw`\bgetty images\b|\bshutterstock\b|\b(?:ap|afp|reuters|epa) (?:photo|images)\b`,
    String.raw`\b(?:watch|play|listen to) (?:the |this )?(?:video|audio|podcast|clip)\b`,
    String.raw`\bclick to (?:enlarge|zoom|play|expand)\b`,
    String.raw`\b(?:open|launch) (?:the )?(?:gallery|slideshow)\b`,
    String.raw`\bfile photo\b`,
    // An embed's placeholder.
    String.raw`\b(?:this )?(?:content|video|embed|media|post) (?:is )?(?:not |no longer |currently un)available\b`,
  ),
  ...cues('media', 1, String.raw`\bcaption\b`, String.raw`\b\d+ (?:photos|images|pictures)\b`),
  // A bare address alone on its line: a link or a picture's source the page kept (prose and reference lists write them too: weak).
  ...cues('metadata', 1, BARE_ADDRESS.source),
  ...cues(
    'metadata',
    2,
    String.raw`\breading time\b`,
    String.raw`\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b`,
    String.raw`^(?:posted|published|written|filed|submitted)\s*(?:by|on|in|at|under|:)`,
    String.raw`^(?:last )?(?:updated|modified)\b`,
    String.raw`\bfiled under\b`,
    String.raw`^(?:tags?|tagged(?: with)?|categories|category|topics|filed under)\s*:`,
    String.raw`\blisten to this (?:article|story)\b`,
    String.raw`\bprint (?:this )?(?:article|page|story)\b`,
    String.raw`\b(?:enable|requires?) javascript\b`,
    // A news agency's credit alone on its line, left from a dateline.
    String.raw`^\((?:reuters|ap|afp|upi|dpa|ansa|efe|bloomberg|xinhua)\)$`,
    String.raw`\b(?:produced|published|reported|written) in (?:partnership|collaboration|association) with\b`,
    // A syndication note, the page speaking of itself: where its story first ran.
    String.raw`\bthis (?:article|story|post|piece|column|essay) (?:was |is )?(?:(?:originally|first) (?:published|appeared|ran)|republished)\b.{0,40}\b(?:on|in|at|by|from|with)\b`,
    String.raw`\b(?:republished|reprinted|reproduced) (?:with (?:the )?permission|under a creative commons|from)\b`,
  ),
  ...cues('metadata', 2, String.raw`^loading(?:\.\.\.|…)?$`),
  ...cues('metadata', 1, String.raw`\bloading\b`, String.raw`\b\d+\s*min(?:ute)?s?\b`),
  ...cues(
    'call-to-action',
    2,
    String.raw`\bdonate\b`,
    String.raw`\bsupport (?:our|local|independent|quality) (?:journalism|reporting|newsroom)\b`,
    String.raw`\bdownload (?:our|the) (?:free )?app\b|\bapp store\b|\bgoogle play\b`,
    String.raw`\bdownload (?:our|the) (?:[\w-]+ ){1,3}apps?\b|\bapps? for (?:ios|iphone) and android\b`,
    String.raw`\bwe(?:'d|’d| would)? (?:want|like|love) to hear (?:from you|what you think|your (?:thoughts|views|opinions?|feedback))\b`,
    String.raw`^help us (?:continue|keep|to)\b`,
    String.raw`\b(?:send|e-?mail|submit) (?:us )?(?:a |your )?(?:news )?tips?\b`,
    String.raw`\b(?:turn on|enable|allow|get|receive) (?:desktop |push |browser |breaking[- ]news )?(?:notifications|news alerts)\b`,
    String.raw`\b(?:send|give|share|leave) us (?:your )?(?:feedback|thoughts|comments|story|stories|photos|questions)\b`,
    String.raw`\b(?:write|e-?mail|send a letter|submit a letter) to the editors?\b|\bletters? to the editors? (?:may|can|should) be (?:sent|submitted|e-?mailed)\b`,
    String.raw`\bbecome a (?:member|subscriber|supporter|patron|donor)\b`,
    String.raw`\breport (?:an? )?(?:error|typo|correction|problem|issue)\b`,
  ),
  ...cues(
    'footer',
    2,
    String.raw`\ball rights reserved\b`,
    String.raw`\bcopyright\s*(?:©|\(c\)|\d{4})`,
    String.raw`\bpowered by\b`,
    String.raw`\bterms (?:of|and) (?:use|service|conditions)\b`,
    String.raw`\bprivacy (?:policy|settings|notice)\b`,
    String.raw`\bsitemap\b`,
    String.raw`\bmay not be (?:re)?(?:produced|published|printed|broadcast|distributed|written|copied)`,
    String.raw`\bcontact (?:us|the (?:newsroom|editors?|author|writer|reporter))\b`,
    String.raw`\breprints? (?:and|&) permissions\b`,
  ),
  ...cues('footer', 1, String.raw`\babout us\b`, String.raw`\bredistribut\w*`, String.raw`\b(?:theme|designed|design) by\b`),
  // Rights, reprint and disclaimer notices: the publisher speaking of the text's use.
  ...cues(
    'rights',
    2,
    String.raw`\bdisclaimer\b`,
    String.raw`\b(?:personal|private),? non-?commercial use\b|\bnon-?commercial use only\b`,
    String.raw`\b(?:order|request|buy|purchase) (?:a )?reprints?\b|^reprints?$`,
    String.raw`\bunauthori[sz]ed (?:use|reproduction|copying|distribution)\b`,
    String.raw`\b(?:views|opinions)\b.{0,40}\bexpressed\b.{0,80}\b(?:own|not necessarily|do not)\b`,
    String.raw`\bgoverned by (?:our|the) (?:subscriber agreement|terms)\b`,
  ),
  ...cues(
    'rights',
    2,
    String.raw`\bsubject to copyright\b|\bcopyright\b.{0,40}\b(?:19|20)\d\d\b`,
    String.raw`\bcopyrighted (?:property|material|content|work)\b`,
    String.raw`\b(?:written|prior|express) permission\b`,
    String.raw`\bno part\b.{0,60}\bmay be (?:re)?(?:produced|published|copied|distributed|transmitted|stored|used)\b`,
    String.raw`\bwithout (?:the )?(?:prior |express )*written (?:permission|consent)\b`,
    String.raw`\bfair (?:dealing|use)\b.{0,60}\b(?:private study|research|criticism|review)\b`,
  ),
  ...cues('rights', 1, String.raw`\bcopyright\b`, String.raw`\breprints?\b`, String.raw`\bissn\b`),
  // Commerce widgets: affiliate notes, buy buttons, deal prompts.
  ...cues(
    'affiliate',
    2,
    String.raw`\b(?:may|might|could|will) (?:receive|earn|get|make) (?:a )?(?:small |tiny )?(?:commission|compensation|share of (?:the )?(?:sales?|revenue))\b`,
    String.raw`\baffiliate (?:links?|commissions?|partners?|programs?)\b`,
    String.raw`\b(?:advertising|affiliate) (?:disclosure|disclaimer)\b`,
    String.raw`\b(?:if|when) you (?:buy|purchase|click|shop)\b.{0,80}\b(?:commission|earn|receive|paid|share of)\b`,
    String.raw`^(?:buy|shop|order|get it|see it|check price|view deal)s?(?: (?:now|today|here|it|on amazon|at \w+))?\W*$`,
    String.raw`\bprices? (?:and availability )?(?:may|are subject to|can) change\b|\bquantities (?:may be|are) limited\b`,
  ),
  ...cues('affiliate', 1, String.raw`\bdeals?\b`, String.raw`\bcommission\b`, String.raw`\bbestsellers?\b`),
  // More wordings of the common families, built from their parts.
  ...cues(
    'newsletter',
    2,
    String.raw`\bthanks? (?:you )?for (?:signing up|subscribing|registering|joining)\b`,
    String.raw`\b(?:error|problem) (?:processing|with) your (?:subscription|sign-?up|request)\b`,
  ),
  ...cues(
    'share',
    2,
    String.raw`\bshare (?:it|this|them) with (?:a |your )?friends?\b`,
    String.raw`\bsharing is caring\b`,
    String.raw`\b(?:article|story|link) (?:has been|was) (?:sent|shared|e-?mailed)\b`,
  ),
  ...cues('comment-form', 2, String.raw`\b(?:top|best|most) (?:rated|liked|recent) comments\b`, String.raw`\bread all comments\b`),
  ...cues(
    'related',
    2,
    String.raw`\bexplore further\b`,
    String.raw`^(?:don'?t miss|must read|see more|also|more|related|watch|listen|read|see|trending|popular|recommended)\s*(?::|\.\.\.|…|$)`,
    String.raw`\bmore (?:great |top |from )?\w+ (?:stories|articles|news|coverage)\b`,
    String.raw`\bfull coverage of\b`,
  ),
  // A link to another story labelled with its site (`On example.com: ...`, `Also on example.com ...`).
  ...cues('related', 2, String.raw`^(?:also |more )?on (?:www\.)?[a-z0-9-]+\.(?:com|net|org|co|io|tv|news)(?:\.[a-z]{2})?\b:?`),
  // A picture's credit alone on its line: a name and a wire agency, or a name and its outlet after a slash (`Jane Doe/Example News`).
  ...cues(
    'media',
    2,
    String.raw`^[a-z][\w'.-]*(?: [a-z][\w'.-]*){1,2}\s*(?:/|,)\s*(?:ap|associated press|reuters|afp|getty images|epa|bloomberg)$`,
    String.raw`^[a-z][\w'-]*(?: [a-z][\w'.-]*){1,2} ?/ ?[a-z][\w.]*(?: [a-z][\w.]*)?$`,
  ),
  ...cues('related', 1, String.raw`\[(?:video|insight|reaction|pics?|photos?|gallery|poll|watch|analysis|news|live|warning|latest|opinion|revealed|explained|comment)\]`),
  ...cues(
    'call-to-action',
    2,
    String.raw`\bif you (?:enjoyed|liked|found|appreciated|value) (?:this|our|reading)\b`,
    String.raw`\bhave a (?:news )?tip\b`,
    String.raw`\bget the (?:[\w-]+ ){1,3}app\b`,
    // A download offered to the reader (`Instant download!`, `Download now`).
    String.raw`\b(?:instant|free) download\b|\bdownload (?:now|today|instantly)\b`,
  ),
  ...cues('author-box', 2, String.raw`\b(?:may|can) be reached at\b`, String.raw`\be-?mail \w+(?: \w+)? at \S+@`),
  ...cues(
    'media',
    2,
    String.raw`\b(?:image|photo|picture|slide) \d+ (?:of|/) \d+\b`,
    String.raw`\bmedia playback\b|\b(?:unsupported|not supported) (?:on|by) your (?:device|browser)\b`,
  ),
  // A citation box gives the page's address after the date (`retrieved 7 March 2019 from https://…`); a reference list's entry
  // ends at the date (`… Statistics New Zealand. Retrieved 26 September 2019.`), the article's own sources.
  ...cues('metadata', 2, String.raw`\bretrieved (?:on )?(?:\w+ \d{1,2},? \d{4}|\d{1,2} \w+,? \d{4}) from\b|^citation\s*:`, String.raw`^print (?:recipe|article|story|page)$`),
  // A machine timestamp alone on its line (`2019-11-19T08:57:40+01:00`): a page's metadata, which prose writes otherwise.
  ...cues('metadata', 2, String.raw`^\d{4}-\d\d-\d\dt\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?$`),
  // A form's states and the page's own UI (`An error has occurred, please try again later.`, `Share All sharing options`).
  ...cues('newsletter', 2, String.raw`\b(?:an error (?:has )?occurred|something went wrong)\b`, String.raw`\bplease try again\b`),
  ...cues('share', 2, String.raw`\bsharing options\b`),
  ...cues('call-to-action', 2, String.raw`\bwe(?:'d|’d| would) (?:like|love) to hear (?:from you|what you think|your)\b`),
  ...cues('login', 1, String.raw`\bpaywalls?\b`),
  ...cues('newsletter', 1, String.raw`\bdelivered (?:to you )?(?:daily|weekly|every|each|weekday)\b`),
  ...cues('call-to-action', 1, String.raw`\bletters? to the editors?\b`),
  // An e-mail address offered to the reader (`write to letters@example.com`, `our email: tips@...`).
  ...cues('call-to-action', 1, String.raw`\b(?:e-?mail|write to|contact|send (?:it |them )?to)\s*:?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b`),
  // A long number alone on its line: an id or a timestamp of the page, which prose writes otherwise.
  ...cuesIn('any', 'metadata', 2, String.raw`^\d{10,}$`),
  ...cues('metadata', 2, String.raw`^(?:tags|tagged|categories)$`),
  // A broadcaster's picture and video labels left without their media (`Media caption ...`, `Image copyright ...`).
  ...cues('media', 2, String.raw`^(?:media|image|video) (?:caption|copyright|source)\b`),

  // A picture's credit written with the copyright sign (`installation views, photos © Jane Doe, 2018`): a caption's, not the site's rights.
  ...cues('media', 2, String.raw`\b(?:photos?|images?|pictures?|photographs?|illustrations?)\s*(?:©|\(c\))`),

  // Marks no language owns.
  ...cuesIn('any', 'footer', 2, String.raw`[©ⓒ]|\(c\)\s*\d{4}`),
  // A gallery's counter alone on its line (`3/23`, `3 of 23`), which counts up to its total: `23/16` is a table's pair of values.
  ...cuesIn('any', 'media', 2, String.raw`^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})$`).map((cue) => ({ ...cue, accepts: (match: RegExpExecArray) => Number(match[1]) <= Number(match[2]) })),
  // Two links in a few words: a line of links, not a sentence that cites one.
  ...cuesIn('any', 'related', 2, String.raw`(?:https?://|www\.)\S+\s+(?:\S+\s+){0,3}(?:https?://|www\.)\S+`),
  // The page's markup left as text: an escaped tag (`&lt;span data-x="..."&gt;`) or a shortcode with attributes (`[button link="..."]`).
  ...cuesIn('any', 'markup', 2, String.raw`&lt;/?[a-z][\w-]*(?:\s[^&]*)?&gt;`, String.raw`\[[a-z][\w-]*(?:\s+[\w-]+=\S+?)+\]|\[/[a-z][\w-]*\]`),

  ...OTHER_LANGUAGES,
];


/**
 * The cues' needed texts (Cue.needs) as one Aho-Corasick automaton, so that
 * one pass over a line, one table look-up per character, finds every needed
 * text it holds: the common short texts (`ad`, `more`, `this`) occur in most
 * lines, and trying each one where its first characters occur cost more than
 * the cues' regexes. States are rows of `next`, characters are numbered by
 * `characterClass` (0: a character no needed text holds). Built on the first
 * screened line (~10 ms): a run with the rule off, or with no article, pays
 * nothing at start-up.
 */
interface CueScreen {
  characterClass: Uint8Array;
  classCount: number;
  /** next[state * classCount + class]: the state after reading a character. */
  next: Int32Array;
  /** The cues, in CUES order, that the texts ending at each state (its own and its suffixes') need; undefined for none. */
  cuesFoundAt: (number[] | undefined)[];
  /** Cues that need no text: tried on every line. */
  unscreened: number[];
}

let screen: CueScreen | undefined;

function buildScreen(): CueScreen {
  const characterClass = new Uint8Array(0x10000);
  const unscreened: number[] = [];
  // The trie of the needed texts: children by character class, and the cues whose text ends at each node.
  const children: Map<number, number>[] = [new Map()];
  const cuesEndingAt: number[][] = [[]];
  let classCount = 1;
  CUES.forEach((cue, index) => {
    if (!cue.needs) unscreened.push(index);
    for (const text of cue.needs ?? []) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const characterClassOf = (characterClass[code] ||= classCount++);
        let child = children[node]!.get(characterClassOf);
        if (child === undefined) {
          child = children.length;
          children[node]!.set(characterClassOf, child);
          children.push(new Map());
          cuesEndingAt.push([]);
        }
        node = child;
      }
      cuesEndingAt[node]!.push(index);
    }
  });
  if (classCount > 0x100) throw new Error('Too many characters in the needed texts for the cue screen');
  const next = new Int32Array(children.length * classCount);
  const cuesFoundAt = new Array<number[] | undefined>(children.length).fill(undefined);
  // Breadth first, so that a state's failure (its longest proper suffix in the trie) is complete before it.
  const failure = new Int32Array(children.length);
  const found: Set<number>[] = cuesEndingAt.map((cues) => new Set(cues));
  const queue: number[] = [];
  for (const [characterClassOf, child] of children[0]!) {
    next[characterClassOf] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const index of found[failure[state]!]!) found[state]!.add(index);
    for (let characterClassOf = 0; characterClassOf < classCount; characterClassOf++) {
      const child = children[state]!.get(characterClassOf);
      const fallback = next[failure[state]! * classCount + characterClassOf]!;
      if (child === undefined) next[state * classCount + characterClassOf] = fallback;
      else {
        next[state * classCount + characterClassOf] = child;
        failure[child] = fallback;
        queue.push(child);
      }
    }
  }
  found.forEach((cues, state) => {
    if (cues.size > 0) cuesFoundAt[state] = [...cues].sort((a, b) => a - b);
  });
  return { characterClass, classCount, next, cuesFoundAt, unscreened };
}

/** Marks of the cues found in the line being screened (reset after each line). */
const candidateMarks = new Uint8Array(CUES.length);

/**
 * The cues a lower-cased line may match, as indices into CUES in their
 * order: those whose needed text it holds, and those that need none. The
 * cues' `i` flag (without `u`) folds only ASCII letters, which lower-casing
 * folds alike. Exported for tests.
 */
export function candidateCues(lower: string): number[] {
  const { characterClass, classCount, next, cuesFoundAt, unscreened } = (screen ??= buildScreen());
  let found = unscreened.length;
  for (const index of unscreened) candidateMarks[index] = 1;
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    state = next[state * classCount + characterClass[lower.charCodeAt(i)]!]!;
    const cues = cuesFoundAt[state];
    if (cues) {
      for (const index of cues) {
        if (candidateMarks[index] === 0) {
          candidateMarks[index] = 1;
          found++;
        }
      }
    }
  }
  if (found === 0) return [];
  const candidates: number[] = [];
  for (let index = 0; index < candidateMarks.length; index++) {
    if (candidateMarks[index] === 1) {
      candidates.push(index);
      candidateMarks[index] = 0;
    }
  }
  return candidates;
}

export interface CueMatch {
  kind: FurnitureKind;
  weight: number;
  start: number;
  end: number;
  language: CueLanguage;
  notice: boolean;
  /** A cue read from the line's form, not its words (a button, a menu's separators): it covers no text (start = end). */
  form?: 'button' | 'menu';
}

/**
 * The cues in a line, strongest first where two overlap (`leave a reply`
 * over `reply`): each character counts for one cue only.
 */
export function matchCues(line: string): CueMatch[] {
  const found: CueMatch[] = [];
  for (const index of candidateCues(line.toLowerCase())) {
    const cue = CUES[index]!;
    cue.pattern.lastIndex = 0;
    for (let match = cue.pattern.exec(line); match; match = cue.pattern.exec(line)) {
      if (cue.accepts && !cue.accepts(match)) continue;
      found.push({ kind: cue.kind, weight: cue.weight, language: cue.language, notice: cue.notice, start: match.index, end: match.index + match[0].length });
      if (match[0] === '') cue.pattern.lastIndex++;
    }
  }
  found.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const match of found) {
    if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
