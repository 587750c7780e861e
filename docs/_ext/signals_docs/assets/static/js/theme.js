/* Navigation of sphinx-rtd-theme without jQuery.
 *
 * Replaces the theme's _static/js/theme.js (same file name, so the theme's
 * layout.html loads this one): the original needs the 87 KB jQuery for a few
 * class toggles. assets/scripts.py removes jQuery from every page.
 * Behaviour kept from the theme: the phone menu button, the expand/collapse
 * buttons of the navigation tree, the "current" entry following the #anchor,
 * and responsive tables. Added: the phone menu is a keyboard-operable disclosure
 * (focus moves in on open; Escape or a tap outside closes it and returns focus).
 */
(function () {
  "use strict";

  function ready(callback) {
    if (document.readyState !== "loading") callback();
    else document.addEventListener("DOMContentLoaded", callback);
  }

  // The theme's layout.html calls jQuery(function () {...}) inline: a ready() shim.
  if (!window.jQuery) window.jQuery = ready;

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function setCurrent(item, on) {
    item.classList.toggle("current", on);
    item.setAttribute("aria-expanded", on ? "true" : "false");
  }

  function toggleCurrent(link) {
    var item = link.closest("li");
    if (!item) return;
    all(":scope > li.current", item.parentElement).forEach(function (sibling) {
      if (sibling !== item) setCurrent(sibling, false);
    });
    all(":scope > li li.current", item.parentElement).forEach(function (nested) {
      if (!item.contains(nested)) setCurrent(nested, false);
    });
    var children = all(":scope > ul li", item);
    if (children.length) {
      children.forEach(function (child) { setCurrent(child, false); });
      setCurrent(item, !item.classList.contains("current"));
    }
  }

  // The phone menu, a disclosure: closed, signals.css hides it; open, focus moves in and the
  // page behind is inert until Escape, a tap outside or a link closes it (focus returns).
  function menuButton() {
    return document.querySelector("[data-toggle='wy-nav-top']");
  }

  function menuIsOpen() {
    var side = document.querySelector("nav.wy-nav-side");
    return !!side && side.classList.contains("shift");
  }

  function setMenu(open, returnFocus) {
    all("[data-toggle='wy-nav-shift']").forEach(function (element) {
      element.classList.toggle("shift", open);
    });
    all("[data-toggle='wy-nav-top']").forEach(function (button) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
    all(".wy-nav-content").forEach(function (content) { content.inert = open; });
    if (open) {
      var first = document.querySelector("nav.wy-nav-side a[href], nav.wy-nav-side input, nav.wy-nav-side button");
      if (first) first.focus();
    } else if (returnFocus && menuButton()) {
      menuButton().focus();
    }
  }

  function toggleMenu() {
    setMenu(!menuIsOpen(), true);
  }

  function followHash() {
    var menu = document.querySelector(".wy-menu-vertical");
    if (!menu) return;
    var hash = encodeURI(window.location.hash) || "#";
    var link = null;
    try {
      link = menu.querySelector('[href="' + hash + '"]');
      if (!link && hash.length > 1) {
        var target = document.getElementById(decodeURIComponent(hash.substring(1)));
        var section = target && target.closest("section[id], div.section[id]");
        if (section) link = menu.querySelector('[href="#' + section.id + '"]');
      }
    } catch (error) {
      link = null;  // a hash that is not a valid selector: leave the menu as built
    }
    if (!link) return;
    all(".current", menu).forEach(function (element) {
      element.classList.remove("current");
      element.setAttribute("aria-expanded", "false");
    });
    link.classList.add("current");
    var item = link.closest("li");
    while (item && menu.contains(item)) {
      setCurrent(item, true);
      item = item.parentElement.closest("li");
    }
  }

  function wrapTables() {
    all("table.docutils").forEach(function (table) {
      if (table.classList.contains("field-list") || table.parentElement.classList.contains("wy-table-responsive")) return;
      var wrapper = document.createElement("div");
      wrapper.className = "wy-table-responsive";
      table.parentNode.insertBefore(wrapper, table);
      wrapper.appendChild(table);
    });
  }

  function addExpandButtons() {
    all(".wy-menu-vertical ul:not(.simple)").forEach(function (list) {
      var link = list.parentElement && list.parentElement.querySelector(":scope > a");
      if (!link || link.querySelector(".toctree-expand")) return;
      var button = document.createElement("button");
      button.className = "toctree-expand";
      button.title = "Open/close menu";
      button.setAttribute("aria-label", button.title);
      button.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation();
        toggleCurrent(link);
      });
      link.insertBefore(button, link.firstChild);
    });
  }

  // A code block or table wider than the page scrolls sideways: keyboard readers need to
  // focus it to scroll it (WCAG 2.1.1; axe "scrollable-region-focusable").
  function focusableScrollers() {
    all(".highlight pre, .wy-table-responsive").forEach(function (pre) {
      if (pre.scrollWidth > pre.clientWidth) pre.setAttribute("tabindex", "0");
      else pre.removeAttribute("tabindex");
    });
  }

  function enable() {
    var side = document.querySelector("nav.wy-nav-side");
    if (side && !side.id) side.id = "site-navigation";
    all("[data-toggle='wy-nav-top']").forEach(function (button) {
      if (side) button.setAttribute("aria-controls", side.id);
      button.setAttribute("aria-expanded", "false");
      if (button.tagName === "BUTTON") return;
      // The theme draws the menu button as an <i>: make it behave as a button.
      if (!button.hasAttribute("role")) button.setAttribute("role", "button");
      if (!button.hasAttribute("tabindex")) button.setAttribute("tabindex", "0");
      if (!button.hasAttribute("aria-label")) {
        var nav = button.closest("nav");
        button.setAttribute("aria-label", (nav && nav.getAttribute("aria-label")) || "Menu");
      }
      button.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          toggleMenu();
        }
      });
    });
    // Widened past phone width, the menu is part of the page again.
    var phone = window.matchMedia("(max-width: 768px)");
    phone.addEventListener("change", function () {
      if (!phone.matches && menuIsOpen()) setMenu(false, false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menuIsOpen()) {
        event.preventDefault();
        setMenu(false, true);
      }
    });
    document.addEventListener("click", function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      if (target.closest("[data-toggle='wy-nav-top']")) {
        toggleMenu();
        return;
      }
      if (menuIsOpen() && !target.closest("nav.wy-nav-side")) {
        setMenu(false, true);  // a tap beside the open menu closes it
        return;
      }
      var link = target.closest(".wy-menu-vertical .current ul li a");
      if (link) {
        if (menuIsOpen()) setMenu(false, false);
        toggleCurrent(link);
      }
    });
    wrapTables();
    addExpandButtons();
    followHash();
    focusableScrollers();
    window.addEventListener("hashchange", followHash);
    window.addEventListener("resize", focusableScrollers);
  }

  var started = false;
  var navigation = {
    enable: function () {
      if (started) return;
      started = true;
      ready(enable);
    },
  };
  navigation.enableSticky = navigation.enable;
  window.SphinxRtdTheme = { Navigation: navigation, StickyNav: navigation };
})();
