/**
 * The google.script.run that HtmlService gives a sidebar, for the playground's iframe: each call
 * is a POST to /api/run answered by the built bundle, then the parent page is told to redraw the
 * sheet (the call may have changed it). Semantics as documented at
 * https://developers.google.com/apps-script/guides/html/reference/run : one method per public
 * server function, handlers on a fresh runner each time, copies both ways, failures as Errors.
 */
const SHIM = String.raw`(function (functions) {
  'use strict';
  function copy(v) { return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); }
  function tellParent(fn) {
    if (window.parent !== window) window.parent.postMessage({ type: 'dvk:ran', fn: fn }, location.origin);
  }
  function call(name, args) {
    return fetch('/api/run', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn: name, args: copy(args) }),
    }).then(function (r) { return r.json(); })
      .catch(function (e) { return { ok: false, name: 'NetworkError', message: 'Mất kết nối với bản chạy thử trên máy: ' + e.message }; });
  }
  function makeRunner(onSuccess, onFailure, userObject) {
    var runner = {
      withSuccessHandler: function (fn) { return makeRunner(fn, onFailure, userObject); },
      withFailureHandler: function (fn) { return makeRunner(onSuccess, fn, userObject); },
      withUserObject: function (obj) { return makeRunner(onSuccess, onFailure, obj); },
    };
    functions.forEach(function (name) {
      runner[name] = function () {
        call(name, Array.prototype.slice.call(arguments)).then(function (reply) {
          tellParent(name);
          if (reply.ok) { if (onSuccess) onSuccess(reply.value, userObject); return; }
          var error = new Error(reply.message);
          error.name = reply.name || 'ScriptError';
          if (onFailure) onFailure(error, userObject); else console.error(error);
        });
      };
    });
    return runner;
  }
  window.google = window.google || {};
  window.google.script = {
    run: makeRunner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { if (window.parent !== window) window.parent.postMessage({ type: 'dvk:close' }, location.origin); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} },
    },
  };
})`;

/** `<script>` text installing the shim for these functions (JSON is safe inside a script element once "<" is escaped). */
export function shimScript(functions: readonly string[]): string {
  const list = JSON.stringify(functions).replace(/</g, '\\u003c');
  return `<script>${SHIM}(${list});</script>`;
}

/** The sidebar HTML with the shim first in <head>, so it exists before the sidebar's own script runs. */
export function withShim(html: string, functions: readonly string[]): string {
  const tag = shimScript(functions);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
