// The google.script.run that HtmlService injects into a sidebar, rebuilt for tests: injected with
// page.addInitScript, it forwards each call to Node through the binding named `config.bridge`.
// Behaviour follows https://developers.google.com/apps-script/guides/html/reference/run :
// one method per public server function (others are simply absent), handlers set by
// withSuccessHandler/withFailureHandler/withUserObject on a fresh runner each time, arguments and
// results passed as copies, the failure handler receiving an Error (console log when none is set).
(function installGoogleScriptRun(config) {
  'use strict';
  // Apps Script sends copies: later changes on either side are not seen by the other.
  function copy(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function makeRunner(onSuccess, onFailure, userObject) {
    var runner = {
      withSuccessHandler: function (fn) { return makeRunner(fn, onFailure, userObject); },
      withFailureHandler: function (fn) { return makeRunner(onSuccess, fn, userObject); },
      withUserObject: function (obj) { return makeRunner(onSuccess, onFailure, obj); },
    };
    config.functions.forEach(function (name) {
      runner[name] = function () {
        var args = copy(Array.prototype.slice.call(arguments));
        window[config.bridge](name, args).then(function (reply) {
          if (reply.ok) {
            if (onSuccess) onSuccess(reply.value, userObject);
            return;
          }
          var error = new Error(reply.message);
          error.name = reply.name || 'ScriptError';
          if (onFailure) onFailure(error, userObject);
          else console.error(error);
        });
      };
    });
    return runner;
  }

  var hostLog = [];
  window.google = window.google || {};
  window.google.script = {
    run: makeRunner(null, null, undefined),
    host: {
      origin: 'https://docs.google.com',
      close: function () { hostLog.push('close'); },
      setHeight: function (h) { hostLog.push('setHeight:' + h); },
      setWidth: function (w) { hostLog.push('setWidth:' + w); },
      editor: { focus: function () { hostLog.push('editor.focus'); } },
    },
  };
  window.__dvkHostLog = hostLog;
})
