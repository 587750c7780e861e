/* Language switcher (i18n/language_switch.py renders the links).
 *
 * Without JavaScript a switcher link opens the same page in the other language.
 * With it, the link also keeps the reader's place: the section named in the
 * address (#anchor) when it is on screen, else the section the reader has
 * scrolled to. Section ids are the pages' explicit labels, the same in every
 * language. The choice is remembered for the root language chooser. */
(function () {
  "use strict";
  var STORAGE_KEY = "signals-docs-language";

  function onScreen(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  // The anchor of the section the reader is in, "" at the top of the page.
  function currentAnchor() {
    var hash = window.location.hash;
    if (hash.length > 1) {
      var target = null;
      try {
        target = document.getElementById(decodeURIComponent(hash.slice(1)));
      } catch (error) {
        /* a malformed #%-escape: fall back to the scroll position */
      }
      if (target && onScreen(target)) return hash;
    }
    var sections = document.querySelectorAll("[itemprop=articleBody] section[id] section[id]");
    // The last section whose heading has scrolled past the top third of the window;
    // at the bottom of the page, where the last sections cannot scroll that far,
    // the last one whose heading is on screen.
    var atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    var limit = atBottom && window.scrollY > 0 ? window.innerHeight : window.innerHeight / 3;
    var anchor = "";
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getBoundingClientRect().top > limit) break;
      anchor = "#" + sections[i].id;
    }
    return anchor;
  }

  function follow(link) {
    link.href = link.getAttribute("href").split("#")[0] + currentAnchor();
    try {
      window.localStorage.setItem(STORAGE_KEY, link.getAttribute("hreflang"));
    } catch (error) {
      /* storage disabled (private mode, file:// in some browsers): the link still works */
    }
  }

  // Capture phase: the href is updated before the browser follows the link,
  // whether by click, middle-click or the keyboard (Enter fires click too).
  ["click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a.language-switch-link");
      if (link) follow(link);
    }, true);
  });
})();
