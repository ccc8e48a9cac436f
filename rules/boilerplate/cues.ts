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
  site: 'a line the site repeats on its articles',
};

export interface Cue {
  kind: FurnitureKind;
  pattern: RegExp;
  /** 2: UI phrasing that prose does not use; 1: a UI word that prose uses too. */
  weight: 1 | 2;
  /** Lower-case text one of which every match holds (fragments.ts); undefined when the pattern needs none. */
  needs?: string[];
}

const SOCIAL = '(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|tumblr|telegram|instagram|youtube|tiktok|flipboard|threads|bluesky|mastodon|messenger|snapchat|e-?mail|sms)';
const PAGE = '(?:posts?|articles?|stor(?:y|ies)|pages?|entr(?:y|ies)|items?|site|website|blog)';
const RESPONSE = '(?:reply|comment|response|thoughts|opinion|review)';

/** A web address with a path, alone on its line. */
export const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*$/i;

function cues(kind: FurnitureKind, weight: 1 | 2, ...sources: string[]): Cue[] {
  // No `u` flag: case-insensitive matching is ten times slower with it, and the patterns need no Unicode classes.
  return sources.map((source) => ({ kind, weight, pattern: new RegExp(source, 'gi'), needs: neededFragments(source)?.map((f) => f.text.toLowerCase()) }));
}

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
    String.raw`\b(?:comments?|replies) (?:are|is|have been) (?:closed|disabled|moderated|turned off)\b`,
    String.raw`^\d+\s+(?:comments?|replies|responses)\b`,
    String.raw`^no (?:comments|replies|responses)(?: yet)?\W*$`,
    String.raw`\bbe the first to (?:comment|reply|respond|review)\b`,
    String.raw`\bjoin the (?:conversation|discussion|debate)\b`,
    String.raw`\b(?:show|view|load|hide|see|read) (?:all |more |the )?(?:\d+ )?(?:comments|replies)\b`,
    String.raw`\b(?:post|submit|send|publish) (?:comment|reply|response)s?\b`,
    String.raw`\bcomment (?:policy|guidelines)\b|\bcommunity (?:guidelines|standards)\b`,
  ),
  ...cues('comment-form', 2, String.raw`^(?:comments?|reply|replies)(?:\s*\(?\d+\)?|\s*[↓↑→»›])?$`, String.raw`\b(?:has|have) been (?:submitted|received|sent|saved|posted)\b`),
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
    String.raw`\b(?:in|to) your inbox\b`,
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
    String.raw`^ads?$`,
  ),
  ...cues('ad', 1, String.raw`\badvertising\b`, String.raw`\bcontinues? (?:below|after)\b`, String.raw`\b(?:presented|brought to you|supported) by\b`),
  ...cues(
    'related',
    2,
    String.raw`\brelated(?::|$| (?:articles?|posts?|stories|story|content|coverage|links|reading|news|topics|videos?))`,
    String.raw`\byou (?:may|might|will) also (?:like|enjoy|be interested)\b`,
    String.raw`\b(?:also read|see also|further reading|recommended (?:for you|reading|stories|articles)|editor'?s picks|top stories|most (?:read|popular|viewed|shared|emailed)|popular (?:posts|stories|articles)|trending(?: now| stories)?)\b`,
    String.raw`\bread (?:more|next|the full|full|also)\b`,
    String.raw`\b(?:continue|keep) reading\b`,
    String.raw`\b(?:click|tap) here\b`,
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
    String.raw`\bback to (?:top|home|homepage|home page|the (?:top|home ?page|front page|main page))\b`,
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
    String.raw`[©ⓒ]|\(c\)\s*\d{4}`,
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
    String.raw`\b(?:views|opinions) expressed\b.{0,80}\b(?:own|not necessarily|do not)\b`,
    String.raw`\bgoverned by (?:our|the) (?:subscriber agreement|terms)\b`,
  ),
  ...cues('rights', 1, String.raw`\bcopyright\b`, String.raw`\breprints?\b`, String.raw`\bissn\b`),
  // Commerce widgets: affiliate notes, buy buttons, deal prompts.
  ...cues(
    'affiliate',
    2,
    String.raw`\b(?:may|might|could|will) (?:receive|earn|get|make) (?:a )?(?:small |tiny )?(?:commission|compensation|share of (?:the )?(?:sales|revenue))\b`,
    String.raw`\baffiliate (?:links?|commissions?|partners?|programs?)\b`,
    String.raw`\b(?:if|when) you (?:buy|purchase|click|shop)\b.{0,80}\b(?:commission|earn|receive|paid)\b`,
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
  ...cues('comment-form', 2, String.raw`\bmoderat\w* (?:all |new |reader )?comments\b`, String.raw`\b(?:top|best|most) (?:rated|liked|recent) comments\b`, String.raw`\bread all comments\b`),
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
    String.raw`\bget the [\w ]{1,20} app\b`,
  ),
  ...cues('author-box', 2, String.raw`\b(?:may|can) be reached at\b`, String.raw`\be-?mail \w+(?: \w+)? at \S+@`),
  ...cues(
    'media',
    2,
    String.raw`\b(?:image|photo|picture|slide) \d+ (?:of|/) \d+\b`,
    String.raw`\bmedia playback\b|\b(?:unsupported|not supported) (?:on|by) your (?:device|browser)\b`,
  ),
  ...cues('metadata', 2, String.raw`\bretrieved \w+ \d{1,2},? \d{4}\b|^citation:`, String.raw`^print (?:recipe|article|story|page)$`),
  // A machine timestamp alone on its line (`2019-11-19T08:57:40+01:00`): a page's metadata, which prose writes otherwise.
  ...cues('metadata', 2, String.raw`^\d{4}-\d\d-\d\dt\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?$`),
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
      found.push({ kind: cue.kind, weight: cue.weight, start: match.index, end: match.index + match[0].length });
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
