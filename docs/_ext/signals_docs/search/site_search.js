/*
 * The site's search: which page a reader sees first, in both languages, and
 * the summary shown under it.
 *
 * The build puts this file into _static/language_data.js through Sphinx's
 * public html_search_scorer (see site_search.py). It uses only Sphinx's own
 * index (searchindex.js) and the two public hooks of searchtools.js:
 *
 * - `splitQuery` (SearchRanking.splitQuery; a language with its own splitting
 *   sets SearchRanking.split and SearchRanking.tokens in its js_splitter_code):
 *   the query becomes groups, one per thing asked, each the index terms that
 *   stand for it. The search vocabulary (SEARCH_WORDS, written on the search
 *   page from locale/<lang>/search-words.toml by search_words.py) turns spoken
 *   verbs into written ones, a reader's word or phrase into the pages' word
 *   (the reader's word stays an alternative where the pages use it; a phrase
 *   of content words also matches with a few words between its own, "stop a
 *   receiver from listening"), and drops question words and filler. Two words
 *   the pages write as one are joined («ثبت نام», «به عنوان»: a zero-width
 *   non-joiner typed as a space), and a word of the pages with a spoken ending
 *   is also searched without it. A word that matches nothing on the site is left
 *   out, or replaced by the nearest word of the index when misspelt (one edit
 *   for a word of 6 letters or more, two from 10). Sphinx lists only pages
 *   holding every word it is given, so it is given, of each group, a term the
 *   three pages this ranking puts first all hold: a page holding most of the
 *   query is listed beside one holding all of it, and a query no page holds
 *   whole still finds pages.
 * - `Scorer.score`: each result scored again on the whole query (every group,
 *   any of its terms), a page covering more of the query first, then by where
 *   the words stand on it: page title > section heading > glossary term or index
 *   entry > body text, rare words worth more than common ones (inverse
 *   document frequency), a page that uses a word often above one that
 *   mentions it, a heading or term that is the query itself (a phrase, in
 *   order) worth most, a heading's question words not counted ("Why signals"
 *   is about signals). A section result ranks just above its page. The pages
 *   that restate the others (corrections, glossary, home) come after the page
 *   that teaches a topic, and so do the reference pages for a question in
 *   words, where a teaching page covers as much of it.
 *
 * Words are split and stemmed by the language's own splitter and stemmer
 * (PersianSearch on the Persian site, Snowball English on the English one), so
 * headings and queries meet in the same form as the index's terms.
 */
const SearchRanking = (() => {
  const ZWNJ = "\u200c";
  const WEIGHT = { pageTitle: 3, heading: 2, entry: 1.5, body: 1, partial: 0.5 };
  // The build lists a term's pages most frequent first (site_search.py): the
  // first page gets this much more than the last.
  const FREQUENCY = 0.5;
  const MATCH = { section: 2, pageTitle: 2, entry: 1.5 };
  const PHRASE = 1.3;
  // A page holding a share s of the query's weight keeps COVERAGE + (1 - COVERAGE) * s of its score.
  const COVERAGE = 0.4;
  // How many of the best pages the words given to Sphinx must keep listed.
  const LISTED = 3;
  // A page listed a second time (Sphinx lists a page again for a heading or
  // term that holds the query) counts for less than another page listed once.
  const AGAIN = 0.4;
  // The reference pages (one section per built-in signal) answer a question in
  // API names; a question in words is answered first by the page that teaches
  // it, where one covers as much of the question.
  const REFERENCE = { prefix: "reference/", words: 0.8 };
  // Pages that restate the others (the corrections of common advice, the
  // glossary, the home page) answer after the page that teaches the topic.
  const OVERVIEW = { pages: new Set(["corrections", "glossary", "index"]), weight: 0.65 };

  // Language hooks; the Persian site replaces `split` with PersianSearch's.
  const defaultSplit = (text) =>
    text.toLowerCase().split(/[^\p{Letter}\p{Number}_]+/u).filter((w) => w && !stopwords.has(w));

  // `tokens`: every word of a text, normalised, stopwords kept (phrases need them).
  const defaultTokens = (text) => text.toLowerCase().split(/[^\p{Letter}\p{Number}_]+/u).filter((w) => w);

  const state = { split: defaultSplit, tokens: defaultTokens, query: [], raw: "", original: "", cache: null, vocabulary: null, keep: null };

  const stem = (word) => new Stemmer().stemWord(word.toLowerCase());
  const stems = (text) => state.split(text).map(stem).filter((w) => w);
  // A heading's words, and the words of the identifiers it names
  // ("user_login_failed" is also "user", "login", "failed").
  // Also the words of the vocabulary's [keep] list that it holds: words the
  // language's stopwords keep out of the index ("where", in "Where receivers
  // live"), that a reader asks with.
  const headingStems = (text) => {
    const words = text.includes("_") ? [...new Set([...stems(text), ...stems(text.replace(/_/g, " "))])] : stems(text);
    const keep = keptWords();
    return [...words, ...state.tokens(text).filter((w) => keep.has(w) && !words.includes(w))];
  };
  const keptWords = () => {
    if (!state.keep)
      state.keep = new Set(((typeof SEARCH_WORDS !== "undefined" && SEARCH_WORDS.keep) || []).flatMap(state.tokens));
    return state.keep;
  };

  // --- the index, prepared once -----------------------------------------------
  const asList = (ids) => (ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]);

  const prepare = () => {
    const index = Search._index;
    if (state.cache && state.cache.index === index) return state.cache;
    const docs = index.docnames.map((docname, i) => ({
      docname,
      title: headingStems(index.titles[i]),
      sections: [],
      entries: [],
    }));
    for (const [title, places] of Object.entries(index.alltitles))
      for (const [doc, anchor] of places)
        if (anchor) docs[doc].sections.push({ anchor: "#" + anchor, stems: headingStems(title) });
    for (const [entry, places] of Object.entries(index.indexentries || {}))
      for (const [doc, anchor] of places)
        docs[doc].entries.push({ anchor: anchor ? "#" + anchor : "", stems: headingStems(entry) });
    const keys = [...new Set([...Object.keys(index.terms), ...Object.keys(index.titleterms)])];
    const byName = new Map(docs.map((d, i) => [d.docname, i]));
    state.cache = { index, docs, keys, byName, queries: new Map(), postingsOf: new Map() };
    return state.cache;
  };

  // Pages holding `word`: as a heading word, as a body word, or (like Sphinx's
  // partial matching, for words of 3 letters or more) inside a longer term.
  const postings = (word) => {
    const { index, postingsOf } = prepare();
    if (postingsOf.has(word)) return postingsOf.get(word);
    const found = new Map(); // doc -> weight
    postingsOf.set(word, found);
    if (keptWords().has(word)) {
      // Not in the index: the pages whose title or a heading holds it.
      prepare().docs.forEach((doc, i) => {
        if (doc.title.includes(word) || doc.sections.some((s) => s.stems.includes(word))) found.set(i, WEIGHT.heading);
      });
      return found;
    }
    const add = (ids, weight) => {
      const list = asList(ids);
      list.forEach((doc, i) => {
        const often = list.length > 1 ? 1 - i / (list.length - 1) : 1;
        found.set(doc, Math.max(found.get(doc) || 0, weight * (1 + FREQUENCY * often)));
      });
    };
    if (Object.hasOwn(index.titleterms, word)) add(index.titleterms[word], WEIGHT.heading);
    if (Object.hasOwn(index.terms, word)) add(index.terms[word], WEIGHT.body);
    if (word.length > 2) {
      for (const [table, weight] of [[index.titleterms, WEIGHT.heading], [index.terms, WEIGHT.body]])
        if (!Object.hasOwn(table, word))
          for (const term of Object.keys(table))
            if (term.includes(word)) add(table[term], weight * WEIGHT.partial);
    }
    return found;
  };

  // Damerau-Levenshtein distance (optimal string alignment), capped at `limit` + 1.
  const distance = (a, b, limit) => {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i += 1) {
      const row = [i];
      for (let j = 1; j <= b.length; j += 1) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
      }
      rows.push(row);
    }
    return rows[a.length][b.length];
  };

  // The index term nearest to a word the index does not know, or null.
  const correct = (word) => {
    const limit = word.length >= 10 ? 2 : word.length >= 6 ? 1 : 0;
    if (!limit) return null;
    let best = null;
    let bestDistance = limit + 1;
    let bestPages = 0;
    for (const key of prepare().keys) {
      const d = distance(word, key, limit);
      const pages = d <= limit ? postings(key).size : 0;
      if (d < bestDistance || (d === bestDistance && pages > bestPages)) {
        best = d <= limit ? key : best;
        bestDistance = Math.min(d, bestDistance);
        bestPages = pages;
      }
    }
    return best;
  };

  // Inverse document frequency of a group: of the pages holding any of its terms.
  const idf = (group) => {
    const { docs } = prepare();
    const pages = new Set(group.flatMap((term) => [...postings(term).keys()]));
    return Math.log(1 + docs.length / Math.max(1, pages.size));
  };
  const weightIn = (group, doc) => Math.max(0, ...group.map((term) => postings(term).get(doc) || 0));

  // --- the vocabulary: locale/<lang>/search-words.toml (search_words.py) -----
  // SEARCH_WORDS is written on the search page; without it, an empty vocabulary.
  const vocabulary = () => {
    if (state.vocabulary) return state.vocabulary;
    const data = typeof SEARCH_WORDS === "undefined" ? {} : SEARCH_WORDS;
    const spoken = { prefixes: [], endings: [], words: {}, clitics: [], ...(data.spoken || {}) };
    const first = (text) => state.tokens(text)[0] || "";
    const v = {
      prefixes: [...spoken.prefixes].map(first).sort((a, b) => b.length - a.length),
      endings: spoken.endings.map(([said, written]) => [first(said) || said, written]),
      words: new Map(Object.entries(spoken.words).map(([said, written]) => [first(said), first(written)])),
      clitics: [...spoken.clitics].sort((a, b) => b.length - a.length),
      also: new Map(), // reader's stems, space-joined -> [{ stem, word }] of the pages
      phrases: [], // [reader's stems, targets] of phrases of content words only, longest first
      longest: 1,
      stop: new Set(),
    };
    state.vocabulary = v;
    const gappable = new Set();
    for (const word of data.stop || []) for (const token of state.tokens(word)) v.stop.add(token).add(stem(token));
    for (const [pageWord, readers] of Object.entries(data.also || {})) {
      const target = { stem: stem(first(pageWord)), word: pageWord };
      // A reader's word joined by a zero-width non-joiner is also typed with a
      // space for it («بی نهایت» for «بی‌نهایت»).
      const spellings = readers.flatMap((r) => (r.includes(ZWNJ) ? [r, r.replaceAll(ZWNJ, " ")] : [r]));
      for (const reader of spellings) {
        const words = state.tokens(reader).map(written);
        const key = words.map(stem);
        if (!key.length) continue;
        // Words may come between a phrase's own where none of them is a stopword
        // ("stop listening", not "log in": "log errors in views" is no login).
        if (key.length > 1 && words.every((w) => state.split(w).length)) gappable.add(key.join(" "));
        v.longest = Math.max(v.longest, key.length);
        const targets = v.also.get(key.join(" ")) || [];
        if (!targets.some((t) => t.stem === target.stem)) targets.push(target);
        v.also.set(key.join(" "), targets);
      }
    }
    for (const [key, targets] of v.also) if (gappable.has(key)) v.phrases.push([key.split(" "), targets]);
    v.phrases.sort((a, b) => b[0].length - a[0].length);
    return v;
  };

  // A spoken verb in its written form («میکنه» -> «میکند»), where the pages do not
  // use the spoken form itself.
  const written = (token) => {
    const v = state.vocabulary || vocabulary();
    if (v.words.has(token)) return v.words.get(token);
    if (typeof Search === "undefined" || !Search._index || postings(stem(token)).size) return token;
    for (const prefix of v.prefixes) {
      if (!token.startsWith(prefix)) continue;
      for (const [said, writtenEnding] of v.endings) {
        if (!token.endsWith(said) || token.length - prefix.length - said.length < 2) continue;
        const candidate = token.slice(0, token.length - said.length) + writtenEnding;
        if (postings(stem(candidate)).size) return candidate;
      }
      break;
    }
    return token;
  };

  // --- the query --------------------------------------------------------------
  // A query is a list of groups, one per thing the reader asks for; a group is
  // the index terms that stand for it (the word itself, the pages' words for it).
  const single = (token) => {
    const v = vocabulary();
    const s = stem(token);
    if (!s || v.stop.has(token) || v.stop.has(s)) return null;
    if (!state.split(token).length && !keptWords().has(token)) return null; // the language's stopwords
    // A spoken ending: what is left is a word of the vocabulary («خودمو»), else of the pages.
    const rests = v.clitics
      .filter((clitic) => token.endsWith(clitic) && token.length - clitic.length >= 2)
      .map((clitic) => token.slice(0, token.length - clitic.length));
    if (postings(s).size) {
      // A word of the pages with an ending («اجرای», of «اجرا»): the word without it too.
      const bare = rests.map((rest) => ({ stem: stem(rest), word: rest })).filter((a) => a.stem !== s && isTerm(a.stem));
      return [{ stem: s, word: token }, ...bare.slice(0, 1)];
    }
    for (const rest of rests) {
      const also = v.also.get(stem(rest));
      if (also) return postings(stem(rest)).size ? [{ stem: stem(rest), word: rest }, ...also] : [...also];
    }
    for (const rest of rests) if (postings(stem(rest)).size) return [{ stem: stem(rest), word: rest }];
    const nearest = correct(s);
    return nearest ? [{ stem: nearest, word: nearest }] : null;
  };

  // Whether a stem is a term of the index itself (not only inside a longer one).
  const isTerm = (s) => {
    const { index } = prepare();
    return Object.hasOwn(index.terms, s) || Object.hasOwn(index.titleterms, s);
  };

  // Where the reader's phrase `key` (stems) starts at token `i`: the positions
  // of its words, in order, with at most GAP other words between two of them
  // ("stop a receiver from listening" holds "stop listening"), or null.
  const GAP = 3;
  const phraseAt = (keys, i, key, taken) => {
    const found = [];
    let at = i;
    for (const [n, word] of key.entries()) {
      let j = at;
      const last = n === 0 ? i : Math.min(keys.length - 1, at + GAP);
      while (j <= last && (keys[j] !== word || taken.has(j))) j += 1;
      if (j > last) return null;
      found.push(j);
      at = j + 1;
    }
    return found;
  };

  const groupsOf = (query) => {
    const v = vocabulary();
    const tokens = state.tokens(query).map(written);
    const keys = tokens.map(stem);
    const groups = [];
    const taken = new Set(); // tokens a phrase with words between has used
    for (let i = 0; i < tokens.length; ) {
      if (taken.has(i)) {
        i += 1;
        continue;
      }
      let used = 0;
      for (let n = Math.min(v.longest, tokens.length - i); n >= 1 && !used; n -= 1) {
        const targets = v.also.get(keys.slice(i, i + n).join(" "));
        if (!targets) continue;
        // A reader's word stays an alternative where the pages use it too; a
        // phrase ("not firing") means its page word only.
        const own =
          n === 1 && !v.stop.has(tokens[i]) && state.split(tokens[i]).length && postings(keys[i]).size
            ? [{ stem: keys[i], word: tokens[i] }]
            : [];
        groups.push([...own, ...targets].filter((a) => postings(a.stem).size));
        used = n;
      }
      // A phrase of the vocabulary with a few words between its own.
      for (const [key, targets] of used ? [] : v.phrases) {
        const at = key[0] === keys[i] ? phraseAt(keys, i, key, taken) : null;
        if (!at) continue;
        const own = at
          .filter((j) => !v.stop.has(tokens[j]) && state.split(tokens[j]).length && postings(keys[j]).size)
          .map((j) => ({ stem: keys[j], word: tokens[j] }));
        groups.push([...own, ...targets].filter((a) => postings(a.stem).size));
        at.forEach((j) => taken.add(j));
        used = 1;
        break;
      }
      // Two words that the pages write as one («ثبت نام» for «ثبت‌نام», the
      // zero-width non-joiner typed as a space; "set up" for "setup").
      if (!used && i + 1 < tokens.length && !taken.has(i + 1)) {
        const joined = tokens[i] + tokens[i + 1];
        const s = stem(joined);
        if (s && isTerm(s) && !v.stop.has(s)) {
          groups.push([{ stem: s, word: joined }, ...(v.also.get(s) || [])]);
          used = 2;
        }
      }
      if (!used) {
        const group = single(tokens[i]);
        if (group) groups.push(group);
        used = 1;
      }
      i += used;
    }
    return groups.filter((g) => g.length);
  };

  const splitQuery = (query) => {
    state.raw = query.toLowerCase().trim();
    state.original = query;
    const words = state.split(query);
    if (typeof Search === "undefined" || !Search._index) return words;
    const groups = groupsOf(query);
    if (!groups.length) {
      state.query = words.map((w) => [stem(w)]);
      return words; // nothing matches: let Sphinx say so
    }
    state.query = groups.map((g) => [...new Set(g.map((a) => a.stem))]);
    // Sphinx lists only pages holding every word it is given; Scorer.score then
    // ranks them on the whole query. Give it, of each group, a term that the
    // three pages this ranking puts first all hold (the most widely used such
    // term), so that they are listed; where those share none, the first two, or
    // the first alone. A page holding most of the query is listed beside one
    // holding all of it, and a query no page holds whole still finds pages.
    const { pages } = analyse();
    const order = pages
      .map((p, i) => [p.value, i])
      .filter(([value]) => value > 0)
      .sort((a, b) => b[0] - a[0])
      .map(([, i]) => i);
    let chosen = [];
    for (let k = Math.min(LISTED, order.length); k >= 1 && !chosen.length; k -= 1) {
      const first = order.slice(0, k);
      for (const group of groups) {
        const held = group.filter((a) => first.every((doc) => postings(a.stem).has(doc)));
        if (!held.length) continue;
        held.sort((a, b) => postings(b.stem).size - postings(a.stem).size);
        if (!chosen.includes(held[0].word)) chosen.push(held[0].word);
      }
    }
    return chosen.length ? chosen : groups.map((g) => g[0].word);
  };

  // --- scoring ----------------------------------------------------------------
  // How well a heading or term matches the query: 0 .. 1, more when it holds all
  // of the query in order and little else.
  const match = (query, words) => {
    if (!query.length || !words.length) return 0;
    const spelt = (group) => group.find((q) => words.some((w) => w === q || (q.length > 2 && w.startsWith(q))));
    const held = query.map(spelt).filter((q) => q !== undefined);
    if (!held.length) return 0;
    const coverage = held.length / query.length;
    // A heading's question words say nothing ("Why signals" is about signals).
    const stop = vocabulary().stop;
    const precision = held.length / Math.max(held.length, words.filter((w) => !stop.has(w)).length);
    const inOrder = held.length === query.length && query.length > 1 && words.join(" ").includes(held.join(" ")) ? PHRASE : 1;
    return coverage * coverage * (0.5 + 0.5 * precision) * inOrder;
  };

  const analyse = () => {
    const cache = prepare();
    const key = `${JSON.stringify(state.query)}\n${state.original}`;
    if (cache.queries.has(key)) return cache.queries.get(key);
    const query = state.query;
    const weights = query.map(idf);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    // A query in words: none of its words is an API name (dispatch_uid, send(), AppConfig.ready).
    const inWords = !/[_().]|[a-z][A-Z]/.test(state.original);
    const pages = cache.docs.map((doc, i) => {
      let value = 0;
      let covered = 0;
      query.forEach((group, n) => {
        const inTitle = group.some((q) => doc.title.includes(q)) ? WEIGHT.pageTitle : 0;
        const weight = Math.max(inTitle, weightIn(group, i));
        value += weights[n] * weight;
        if (weight) covered += weights[n];
      });
      // A page that answers more of the query ranks above one that answers a part well.
      value *= COVERAGE + (1 - COVERAGE) * (covered / total);
      if (OVERVIEW.pages.has(doc.docname)) value *= OVERVIEW.weight;
      const sections = new Map(doc.sections.map((s) => [s.anchor, match(query, s.stems)]));
      const entries = new Map(doc.entries.map((e) => [e.anchor, match(query, e.stems)]));
      const best = (m) => Math.max(0, ...m.values());
      value +=
        total *
        Math.max(MATCH.pageTitle * match(query, doc.title), MATCH.section * best(sections), MATCH.entry * best(entries));
      return { value, sections, entries, covered, reference: doc.docname.startsWith(REFERENCE.prefix) };
    });
    // A reference page, for a question in words, after a teaching page that
    // covers as much of the query (a page only the reference covers stays first).
    const taught = Math.max(0, ...pages.filter((p) => !p.reference).map((p) => p.covered));
    if (inWords) for (const p of pages) if (p.reference && p.covered <= taught) p.value *= REFERENCE.words;
    // The pages Sphinx lists with a heading or term besides the page itself: a
    // heading or index entry that holds the query and is at most twice as long.
    const { index, raw } = { index: cache.index, raw: state.raw };
    const anchored = new Set();
    const holds = (text) => text.toLowerCase().trim().includes(raw) && raw.length >= text.length / 2;
    for (const [title, places] of Object.entries(index.alltitles))
      if (holds(title)) places.forEach(([doc, anchor]) => anchor && anchored.add(doc));
    for (const [entry, places] of Object.entries(index.indexentries || {}))
      if (holds(entry)) places.forEach(([doc]) => anchored.add(doc));
    const analysis = { pages, anchored };
    cache.queries.set(key, analysis);
    return analysis;
  };

  const score = (result) => {
    const [docname, , anchor, , original, , kind] = result;
    const cache = prepare();
    const doc = cache.byName.get(docname);
    if (doc === undefined || !state.query.length) return original;
    const { pages, anchored } = analyse();
    const page = pages[doc];
    // A section or term result sits where its page would, a little higher when
    // it matches well; the page itself, listed again, drops behind other pages.
    const part = page.sections.get(anchor) ?? page.entries.get(anchor) ?? 0;
    if (anchor && kind !== "text") return page.value * 10 + part - 0.5;
    return page.value * 10 * (kind === "text" && anchored.has(doc) ? AGAIN : 1);
  };

  return {
    splitQuery,
    score,
    correct,
    stems,
    groupsOf,
    vocabulary,
    get query() { return state.query; },
    set split(fn) { state.split = fn; },
    set tokens(fn) { state.tokens = fn; state.vocabulary = null; state.keep = null; },
  };
})();
window.SearchRanking = SearchRanking;
splitQuery = SearchRanking.splitQuery;

// The scores searchtools.js uses before Scorer.score rescores its results
// (its defaults); defined whole, as this file may load before or after it.
var Scorer = {
  score: SearchRanking.score,
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};

// Result summaries. Sphinx has no hook for the summary's text: its
// makeSearchSummary takes the page's whole text, code included, and cuts 240
// characters around a word found, wherever they fall (on how summaries are
// chosen, see sphinx-doc/sphinx#11943). So it is wrapped, small, and pinned by
// tests/extensions/test_site_search.py to the searchtools.js it was written
// for: it gets prose only (code blocks, line numbers, headerlinks removed), its
// ends are trimmed to whole words, and it is written in the page's language
// and direction.
const SearchSummary = (() => {
  const NOT_PROSE = "div.highlight, pre, .linenos, .headerlink, .copybtn, nav, footer";
  const prose = (htmlText) => {
    const doc = new DOMParser().parseFromString(htmlText, "text/html");
    doc.querySelectorAll(NOT_PROSE).forEach((el) => el.remove());
    return doc.documentElement.outerHTML;
  };
  const atWords = (text) =>
    text
      .replace(/^\.\.\.\S*\s+/u, "… ")
      .replace(/\s+\S*\.\.\.$/u, " …")
      .replace(/\s+/gu, " ");
  const wrap = () => {
    const makeSearchSummary = Search.makeSearchSummary;
    Search.makeSearchSummary = (htmlText, keywords, anchor) => {
      const summary = makeSearchSummary(prose(htmlText), keywords, anchor);
      if (!summary) return summary;
      summary.textContent = atWords(summary.textContent);
      summary.lang = document.documentElement.lang;
      summary.dir = getComputedStyle(document.documentElement).direction;
      return summary;
    };
  };
  return { prose, atWords, wrap };
})();
if (typeof Search !== "undefined") SearchSummary.wrap();
else document.addEventListener("DOMContentLoaded", SearchSummary.wrap);
