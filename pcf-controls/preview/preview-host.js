// What the platform provides before a control's bundle runs: ComponentFramework.registerControl.
(function () {
  'use strict';
  window.__pcfControls = {};
  window.ComponentFramework = {
    registerControl: function (name, constructor) {
      window.__pcfControls[name] = constructor;
    },
  };
})();
