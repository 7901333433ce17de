// Runs before the widget's module on the strict host page and records, for the test in the parent
// page, everything the widget must never do there: CSP violations and storage writes.
(function () {
  var record = (window.__hostPage = { violations: [], writes: [] });
  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push(event.violatedDirective + ' ' + (event.blockedURI || '(inline)'));
  });
  function spy(target, name, label) {
    var original = target[name];
    target[name] = function () {
      record.writes.push(label);
      return original.apply(this, arguments);
    };
  }
  spy(Storage.prototype, 'setItem', 'Storage.setItem');
  if (window.indexedDB) spy(Object.getPrototypeOf(indexedDB), 'open', 'indexedDB.open');
  if (window.cookieStore) spy(Object.getPrototypeOf(cookieStore), 'set', 'cookieStore.set');
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: function () {
      return cookie.get.call(document);
    },
    set: function (value) {
      record.writes.push('document.cookie');
      cookie.set.call(document, value);
    },
  });
})();
