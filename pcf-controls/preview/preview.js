// The preview host: builds the context a model-driven form gives the control — webAPI reading the emulator (through
// this page's own /api/data/v9.2 proxy), resources from the .resx of the chosen language, formatting, navigation —
// and renders the virtual control's React element. URL: /?entity=lead&id=<guid>&lcid=1033
(function () {
  'use strict';
  var CONTROL = 'LeadLink.MarketingInsightsPanel';
  var API = '/api/data/v9.2/';
  var params = new URLSearchParams(location.search);
  var state = { entity: params.get('entity'), id: params.get('id'), lcid: Number(params.get('lcid') || 1033) };
  var config = null;
  var control = null;
  var strings = {};

  function getJson(url, init) {
    return fetch(url, init).then(function (res) {
      return res.text().then(function (text) {
        var body = text ? JSON.parse(text) : {};
        if (!res.ok) {
          var error = (body && body.error) || {};
          // The shape PCF's webAPI rejects with (ComponentFramework.ErrorResponse).
          return Promise.reject({ errorCode: res.status, code: error.code, message: error.message || res.statusText });
        }
        return body;
      });
    });
  }

  function entitySet(logicalName) {
    var set = config.entitySets[logicalName];
    if (!set) throw { errorCode: 404, message: "Unknown table '" + logicalName + "'" };
    return set;
  }

  var webAPI = {
    retrieveMultipleRecords: function (entityType, options) {
      var headers = { Accept: 'application/json', Prefer: 'odata.include-annotations="*"' };
      return getJson(API + entitySet(entityType) + (options || ''), { headers: headers }).then(function (body) {
        return { entities: body.value || [], nextLink: body['@odata.nextLink'] };
      });
    },
    retrieveRecord: function (entityType, id, options) {
      var headers = { Accept: 'application/json', Prefer: 'odata.include-annotations="*"' };
      return getJson(API + entitySet(entityType) + '(' + id + ')' + (options || ''), { headers: headers });
    },
  };

  function locale() {
    return { 1033: 'en-US', 1028: 'zh-TW', 1066: 'vi-VN' }[state.lcid] || 'en-US';
  }

  function context() {
    var loc = locale();
    return {
      parameters: { boundColumn: { raw: null, formatted: '' }, salesReadyScore: { raw: null } },
      mode: {
        contextInfo: { entityId: state.id, entityTypeName: state.entity, entityRecordName: '' },
        isControlDisabled: true,
        isVisible: true,
        allocatedWidth: -1,
        allocatedHeight: -1,
        label: 'Marketing insights',
        setControlState: function () {},
        setFullScreen: function () {},
        trackContainerResize: function () {},
      },
      webAPI: webAPI,
      resources: {
        getString: function (key) {
          return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
        },
        getResource: function () {},
      },
      userSettings: {
        languageId: state.lcid,
        userId: '{00000000-0000-0000-0000-000000000000}',
        userName: 'Preview user',
      },
      formatting: {
        formatInteger: function (n) {
          return new Intl.NumberFormat(loc, { maximumFractionDigits: 0 }).format(n);
        },
        formatDecimal: function (n, p) {
          var d = p === undefined ? 2 : p;
          return new Intl.NumberFormat(loc, { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
        },
        formatDateShort: function (d, withTime) {
          var o = withTime ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'short' };
          return new Intl.DateTimeFormat(loc, o).format(d);
        },
      },
      navigation: {
        openForm: function (options) {
          select(options.entityName, options.entityId);
          return Promise.resolve({ savedEntityReference: [] });
        },
      },
      updatedProperties: [],
    };
  }

  function render() {
    var container = document.getElementById('panel');
    var Ctor = window.__pcfControls[CONTROL];
    if (!Ctor) {
      container.textContent = 'The control bundle did not register ' + CONTROL + '.';
      return;
    }
    var ctx = context();
    if (!control) {
      control = new Ctor();
      control.init(ctx, function () {}, {});
    }
    window.ReactDOM.render(control.updateView(ctx), container);
    var option = document.querySelector('#record option[value="' + state.entity + ':' + state.id + '"]');
    document.getElementById('record-title').textContent = option ? option.textContent : '';
    document.documentElement.lang = locale();
  }

  function restart() {
    // Strings and formats are read once at init, as on a form: a new language means a new control instance.
    if (control) {
      window.ReactDOM.unmountComponentAtNode(document.getElementById('panel'));
      control.destroy();
      control = null;
    }
    return getJson('/strings/' + state.lcid + '.json').then(function (s) {
      strings = s;
      render();
    });
  }

  function select(entity, id) {
    state.entity = entity;
    state.id = id;
    document.getElementById('record').value = entity + ':' + id;
    history.replaceState(null, '', '?entity=' + entity + '&id=' + id + '&lcid=' + state.lcid);
    render();
  }

  function fillRecords() {
    var picker = document.getElementById('record');
    return getJson('/records.json').then(function (groups) {
      groups.forEach(function (group) {
        var og = document.createElement('optgroup');
        og.label = group.label;
        group.records.forEach(function (r) {
          var o = document.createElement('option');
          o.value = group.entity + ':' + r.id;
          o.textContent = r.name;
          og.appendChild(o);
        });
        picker.appendChild(og);
      });
      if (!state.entity || !state.id) {
        var first = groups[0] && groups[0].records[0];
        state.entity = groups[0] ? groups[0].entity : 'lead';
        state.id = first ? first.id : '';
      }
      picker.value = state.entity + ':' + state.id;
    });
  }

  getJson('/config.json')
    .then(function (c) {
      config = c;
      document.getElementById('language').value = String(state.lcid);
      return fillRecords();
    })
    .then(restart)
    .then(function () {
      document.getElementById('record').addEventListener('change', function (e) {
        var parts = e.target.value.split(':');
        select(parts[0], parts[1]);
      });
      document.getElementById('language').addEventListener('change', function (e) {
        state.lcid = Number(e.target.value);
        history.replaceState(null, '', '?entity=' + state.entity + '&id=' + state.id + '&lcid=' + state.lcid);
        restart();
      });
    })
    .catch(function (error) {
      document.getElementById('panel').textContent = 'The preview could not start: ' + (error.message || error);
    });
})();
