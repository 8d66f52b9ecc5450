/* Keyboard shortcuts of the review page (listed on the page):
 *   a      accept, with the edits in the form
 *   r      reject: focus the reason (the Reject button then sends it)
 *   n, j   next proposed incident        k   previous one
 *   Esc    leave the field being edited, so the keys work again
 * Keys are ignored while typing in a field and when a modifier key is held, so the browser's
 * own shortcuts and text entry are never taken over. No inline script: the CSP forbids it.
 */
(function () {
  "use strict";

  var NOT_TYPING = { checkbox: true, radio: true, button: true, submit: true, reset: true };

  function typing(element) {
    if (!element || element === document.body) {
      return false;
    }
    if (element.isContentEditable) {
      return true;
    }
    var tag = element.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") {
      return true;
    }
    return tag === "INPUT" && !NOT_TYPING[(element.type || "").toLowerCase()];
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function follow(id) {
    var link = byId(id);
    if (link && link.href) {
      window.location.assign(link.href);
      return true;
    }
    return false;
  }

  var actions = {
    a: function () {
      var accept = byId("review-accept");
      if (accept) {
        accept.click();
        return true;
      }
      return false;
    },
    r: function () {
      var reason = byId("review-reject-reason");
      if (reason) {
        reason.focus();
        reason.scrollIntoView({ block: "center" });
        return true;
      }
      return false;
    },
    n: function () { return follow("review-next"); },
    j: function () { return follow("review-next"); },
    k: function () { return follow("review-previous"); }
  };

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.isComposing) {
      return;
    }
    if (event.key === "Escape" && typing(document.activeElement)) {
      document.activeElement.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var action = actions[event.key];
    if (action && action()) {
      event.preventDefault();
    }
  });
})();
