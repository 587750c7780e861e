/*
 * Persian search in the browser: the reader's query normalised, split and
 * stemmed exactly as persian.py beside it treats the pages it indexes.
 *
 * The rules are not written here: the build replaces the placeholder below
 * with the tables of persian.py (see rules() there) and puts this file
 * into _static/language_data.js after Sphinx's English Snowball stemmer.
 * Each function mirrors the Python function of the same name; the browser
 * tests (tests/browser/test_browser_search.py) compare the two on every
 * word of the Persian catalogs. Below the rules, small adjustments of Sphinx's
 * search page for Persian: result summaries, highlighting, plurals, digits.
 */
const PersianSearch = (() => {
  const RULES = /*RULES*/ null;
  const { characters, zwnj, zwnjPrefixes, zwnjSuffixes, minStem } = RULES;
  const persianStopwords = new Set(RULES.persianStopwords);
  const word = new RegExp(RULES.word, "gu");
  const latin = new RegExp(RULES.latin, "u");
  const prefixesLongestFirst = [...zwnjPrefixes].sort((a, b) => b.length - a.length);
  const english = new EnglishStemmer();
  const LETTER = /[\p{L}\p{M}\p{N}_]/u;

  const normalise = (text) =>
    Array.from(text, (c) => (Object.hasOwn(characters, c) ? characters[c] : c))
      .join("")
      .toLowerCase();

  const trimZwnj = (text) => {
    let start = 0;
    let end = text.length;
    while (start < end && text[start] === zwnj) start += 1;
    while (end > start && text[end - 1] === zwnj) end -= 1;
    return text.slice(start, end);
  };

  // A verb prefix typed as a word of its own («می شود») joins the next word.
  const split = (text) =>
    (normalise(text).match(word) || [])
      .map(trimZwnj)
      .filter((w) => w)
      .reduce((words, w) => {
        if (words.length && zwnjPrefixes.includes(words[words.length - 1]))
          words[words.length - 1] += zwnj + w;
        else words.push(w);
        return words;
      }, []);

  // Python's len(): code points, not UTF-16 units (the affixes are all single units).
  const letters = (w) => Array.from(w).length;

  const stripAttached = (w) => {
    if (RULES.notInflected.includes(w)) return w;
    for (const prefix of prefixesLongestFirst) {
      if (
        w.startsWith(prefix)
        && RULES.attachedVerbEndings.some((ending) => w.endsWith(ending))
        && letters(w) - prefix.length >= minStem
      ) {
        if (!persianStopwords.has(w.slice(prefix.length))) w = w.slice(prefix.length);
        break;
      }
    }
    for (const [ending, replacement, keep] of RULES.attachedSuffixes) {
      if (w.endsWith(ending) && letters(w) - ending.length >= keep)
        return w.slice(0, w.length - ending.length) + replacement;
    }
    return w;
  };

  const stem = (w) => {
    let parts = normalise(w).split(zwnj).filter((part) => part);
    if (parts.length > 1 && zwnjPrefixes.includes(parts[0]))
      parts = persianStopwords.has(parts.slice(1).join(""))
        ? [parts.slice(0, 2).join(""), ...parts.slice(2)]
        : parts.slice(1);
    while (parts.length > 1 && zwnjSuffixes.includes(parts[parts.length - 1]))
      parts = parts.slice(0, -1);
    const joined = parts.join("");
    if (latin.test(joined)) return english.stemWord(joined);
    return stripAttached(joined);
  };

  // `stopwords` is the set language_data.js defines above from SearchPersian.stopwords.
  const isIndexed = (term) =>
    !/^\d+$/.test(term) && !stopwords.has(term) && !term.includes(zwnj);

  const queryWords = (query) => split(query).filter((w) => isIndexed(stem(w)));

  // How `text` spells each of `keywords` (stems, as the index has them): the
  // text is searched normalised and without its ZWNJs, and each match is mapped
  // back to the characters of the text. A keyword not found is kept as it is.
  const spellings = (text, keywords) => {
    let flat = "";
    const starts = [];
    const ends = [];
    let offset = 0;
    for (const c of text) {
      const n = normalise(c);
      for (let i = 0; i < n.length; i += 1) {
        if (n[i] === zwnj) continue;
        flat += n[i];
        starts.push(offset);
        ends.push(offset + c.length);
      }
      offset += c.length;
    }
    return [...keywords].map((keyword) => {
      const at = keyword ? flat.indexOf(keyword) : -1;
      if (at < 0) return keyword;
      // The whole word around it: a highlight inside a word breaks its joined letters.
      let [start, end] = [starts[at], ends[at + keyword.length - 1]];
      while (start > 0 && LETTER.test(text[start - 1])) start -= 1;
      while (end < text.length && LETTER.test(text[end])) end += 1;
      return text.slice(start, end);
    });
  };

  // Highlights that stop inside a word grow to the whole word: searchtools.js
  // marks the query's words (stems) wherever they occur, and a bold span in the
  // middle of a Persian word splits its joined letters. The ZWNJ is not a
  // letter, so «سیگنال» stays apart from the «ها» of «سیگنال‌ها», as written.
  const wholeWords = (root) =>
    root.querySelectorAll("span.highlighted").forEach((span) => {
      const before = span.previousSibling;
      const after = span.nextSibling;
      if (before && before.nodeType === Node.TEXT_NODE) {
        const text = before.nodeValue;
        let i = text.length;
        while (i > 0 && LETTER.test(text[i - 1])) i -= 1;
        if (i < text.length) {
          span.textContent = text.slice(i) + span.textContent;
          before.nodeValue = text.slice(0, i);
        }
      }
      if (after && after.nodeType === Node.TEXT_NODE) {
        const text = after.nodeValue;
        let i = 0;
        while (i < text.length && LETTER.test(text[i])) i += 1;
        if (i > 0) {
          span.textContent += text.slice(0, i);
          after.nodeValue = text.slice(i);
        }
      }
    });

  return { normalise, split, stem, isIndexed, queryWords, spellings, wholeWords };
})();

window.PersianSearch = PersianSearch;

// Sphinx centres a result's summary on the first place its text contains a
// searched stem verbatim; «میانافزار» (the stem of «میان‌افزار») never is, and
// the summary fell back to the top of the page. Give it the page's own spelling
// of each stem instead, and add those spellings to the words that
// sphinx_highlight.js marks on the page the reader opens from the results
// (it looks for the query as typed, which a page spelling «سیگنال‌ها» lacks
// when the reader typed «سيگنالها»).
if (typeof Search !== "undefined") {
  const makeSearchSummary = Search.makeSearchSummary;
  const highlightAlso = (words) => {
    if (typeof SPHINX_HIGHLIGHT_ENABLED === "undefined" || !SPHINX_HIGHLIGHT_ENABLED) return;
    const key = "sphinx_highlight_terms";
    const whole = words.map((w) => w.toLowerCase());
    // A query word inside one of the page's whole words is marked as that word.
    const terms = new Set((localStorage.getItem(key) || "").split(/\s+/).filter((w) => w && !whole.some((v) => v !== w && v.includes(w))));
    whole.forEach((w) => terms.add(w));
    localStorage.setItem(key, [...terms].join(" "));
  };
  Search.makeSearchSummary = (htmlText, keywords, anchor) => {
    const spelled = PersianSearch.spellings(Search.htmlToText(htmlText, anchor), keywords);
    highlightAlso(spelled);
    return makeSearchSummary(htmlText, spelled, anchor);
  };
  const watchHighlights = () => {
    const results = document.getElementById("search-results");
    if (!results) return;
    const grow = () => PersianSearch.wholeWords(results);
    new MutationObserver(grow).observe(results, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchHighlights);
  else watchHighlights();
}

// Sphinx's Persian catalog says plural_expr "(n > 1)": a boolean, which
// Documentation.ngettext uses as an index into [singular, plural], so the
// search page threw before writing its summary. An index it shall be. (When
// doctools.js and translations.js are deferred they have not run yet: wait.)
const pluralAsIndex = () => {
  if (typeof Documentation === "undefined" || !Documentation.PLURAL_EXPR) return;
  const pluralExpr = Documentation.PLURAL_EXPR;
  Documentation.PLURAL_EXPR = (n) => Number(pluralExpr(n));
};
if (typeof Documentation !== "undefined") pluralAsIndex();
else document.addEventListener("DOMContentLoaded", pluralAsIndex);

// The search page's count of results in Persian digits: searchtools.js puts the
// number into the sentence ngettext returns («... ${resultCount} صفحه ...») as
// Latin digits; the sentence comes back with the number already in place.
const persianDigits = (n) => String(n).replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]);
const countInPersian = () => {
  if (typeof Documentation === "undefined" || !Documentation.ngettext) return;
  const ngettext = Documentation.ngettext;
  Documentation.ngettext = (singular, plural, n) =>
    ngettext(singular, plural, n).replace("${resultCount}", persianDigits(n));
};
if (typeof Documentation !== "undefined") countInPersian();
else document.addEventListener("DOMContentLoaded", countInPersian);

// searchtools.js stems each query word with `new Stemmer().stemWord(word)`.
window.Stemmer = function () {
  this.stemWord = PersianSearch.stem;
};
