/*
 * The site's search: which page a reader sees first, in both languages, and
 * the summary shown under it.
 *
 * The build puts this file into _static/language_data.js through Sphinx's
 * public html_search_scorer (see site_search.py). It uses only Sphinx's own
 * index (searchindex.js) and the two public hooks of searchtools.js:
 *
 * - `splitQuery` (SearchRanking.splitQuery; a language with its own splitting
 *   sets SearchRanking.split in its js_splitter_code): the query's words,
 *   without those that match nothing on the site, with a misspelt word
 *   replaced by the nearest word of the index (one edit for a word of 6
 *   letters or more, two from 10), and, when no page holds every word, only
 *   the words of the page that holds the rarest share of them (Sphinx lists
 *   only pages that hold every word).
 * - `Scorer.score`: each result scored again from where the query's words
 *   stand on its page: page title > section heading > glossary term or index
 *   entry > body text, rare words worth more than common ones (inverse
 *   document frequency), a page that uses a word often above one that
 *   mentions it, a heading or term that is the query itself (a phrase, in
 *   order) worth most. A section result ranks just above its page.
 *
 * Words are split and stemmed by the language's own splitter and stemmer
 * (PersianSearch on the Persian site, Snowball English on the English one), so
 * headings and queries meet in the same form as the index's terms.
 */
const SearchRanking = (() => {
  const WEIGHT = { pageTitle: 3, heading: 2, entry: 1.5, body: 1, partial: 0.5 };
  // The build lists a term's pages most frequent first (site_search.py): the
  // first page gets this much more than the last.
  const FREQUENCY = 0.5;
  const MATCH = { section: 2, pageTitle: 2, entry: 1.5 };
  const PHRASE = 1.3;
  // A page listed a second time (Sphinx lists a page again for a heading or
  // term that holds the query) counts for less than another page listed once.
  const AGAIN = 0.4;

  // Language hooks; the Persian site replaces `split` with PersianSearch's.
  const defaultSplit = (text) =>
    text.toLowerCase().split(/[^\p{Letter}\p{Number}_]+/u).filter((w) => w && !stopwords.has(w));

  const state = { split: defaultSplit, query: [], raw: "", cache: null };

  const stem = (word) => new Stemmer().stemWord(word.toLowerCase());
  const stems = (text) => state.split(text).map(stem).filter((w) => w);

  // --- the index, prepared once -----------------------------------------------
  const asList = (ids) => (ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]);

  const prepare = () => {
    const index = Search._index;
    if (state.cache && state.cache.index === index) return state.cache;
    const docs = index.docnames.map((docname, i) => ({
      docname,
      title: stems(index.titles[i]),
      sections: [],
      entries: [],
    }));
    for (const [title, places] of Object.entries(index.alltitles))
      for (const [doc, anchor] of places)
        if (anchor) docs[doc].sections.push({ anchor: "#" + anchor, stems: stems(title) });
    for (const [entry, places] of Object.entries(index.indexentries || {}))
      for (const [doc, anchor] of places)
        docs[doc].entries.push({ anchor: anchor ? "#" + anchor : "", stems: stems(entry) });
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

  const idf = (word) => {
    const { docs } = prepare();
    return Math.log(1 + docs.length / Math.max(1, postings(word).size));
  };

  // --- the query --------------------------------------------------------------
  const splitQuery = (query) => {
    state.raw = query.toLowerCase().trim();
    const words = state.split(query);
    if (typeof Search === "undefined" || !Search._index) return words;
    let kept = [];
    for (const word of words) {
      const s = stem(word);
      if (!s) continue;
      if (postings(s).size) kept.push([word, s]);
      else {
        const nearest = correct(s);
        if (nearest) kept.push([nearest, nearest]);
      }
    }
    if (!kept.length) {
      state.query = words.map(stem);
      return words; // nothing matches: let Sphinx say so
    }
    // Sphinx lists only pages holding every word: if none does, keep the words
    // of the page that holds the rarest share of them.
    const common = kept.reduce((docs, [, s]) => docs.filter((d) => postings(s).has(d)), [...postings(kept[0][1]).keys()]);
    if (!common.length) {
      let best = -1;
      let bestKept = kept;
      for (const doc of prepare().docs.keys()) {
        const held = kept.filter(([, s]) => postings(s).has(doc));
        const value = held.reduce((sum, [, s]) => sum + idf(s), 0);
        if (value > best) [best, bestKept] = [value, held];
      }
      kept = bestKept;
    }
    state.query = kept.map(([, s]) => s);
    return kept.map(([word]) => word);
  };

  // --- scoring ----------------------------------------------------------------
  // How well a heading or term matches the query: 0 .. 1, more when it holds all
  // of the query in order and little else.
  const match = (query, words) => {
    if (!query.length || !words.length) return 0;
    const held = query.filter((q) => words.some((w) => w === q || (q.length > 2 && w.startsWith(q))));
    if (!held.length) return 0;
    const coverage = held.length / query.length;
    const precision = held.length / words.length;
    const inOrder = query.length > 1 && words.join(" ").includes(query.join(" ")) ? PHRASE : 1;
    return coverage * coverage * (0.5 + 0.5 * precision) * inOrder;
  };

  const analyse = () => {
    const cache = prepare();
    const key = `${state.query.join(" ")}\n${state.raw}`;
    if (cache.queries.has(key)) return cache.queries.get(key);
    const query = state.query;
    const weights = query.map(idf);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const pages = cache.docs.map((doc, i) => {
      let value = 0;
      query.forEach((q, n) => {
        const inTitle = doc.title.includes(q) ? WEIGHT.pageTitle : 0;
        value += weights[n] * Math.max(inTitle, postings(q).get(i) || 0);
      });
      const sections = new Map(doc.sections.map((s) => [s.anchor, match(query, s.stems)]));
      const entries = new Map(doc.entries.map((e) => [e.anchor, match(query, e.stems)]));
      const best = (m) => Math.max(0, ...m.values());
      value +=
        total *
        Math.max(MATCH.pageTitle * match(query, doc.title), MATCH.section * best(sections), MATCH.entry * best(entries));
      return { value, sections, entries };
    });
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
    get query() { return state.query; },
    set split(fn) { state.split = fn; },
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
