// Sends the CSRF token with every htmx request (forms carry it as a hidden field already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// On a phone the menu starts folded, so the page's own content comes first; on wider screens it stays open.
document.addEventListener('DOMContentLoaded', function () {
  if (window.matchMedia('(max-width: 48rem)').matches) {
    document.querySelectorAll('details.nav-toggle').forEach(function (menu) { menu.removeAttribute('open'); });
  }
});
