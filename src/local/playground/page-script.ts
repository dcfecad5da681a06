/**
 * The playground page's own script (plain ES2019, no build step): draws the workbook view, sends
 * typed cells to /api/edit, sets "today", runs time triggers and lists the outbox. Values reach the
 * DOM as text only (textContent), never as HTML: sheet contents are user input.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  // folds: row groups opened or closed on this page ('sheetId:start' → folded), over the file's own state.
  var state = { view: null, sheetId: null, selected: null, people: [], folds: {} };
  var $ = function (id) { return document.getElementById(id); };

  function api(method, url, body) {
    return fetch(url, {
      method: method, headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok || j.ok === false) throw new Error(j.message || ('HTTP ' + r.status));
        return j;
      });
    });
  }
  function status(text, isError) {
    var el = $('status');
    el.textContent = text;
    el.className = 'status' + (isError ? ' error' : '');
  }
  function letters(c) {
    var s = '';
    while (c > 0) { var m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); }
    return s;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function currentSheet() {
    var v = state.view;
    if (!v) return null;
    return v.sheets.find(function (s) { return s.id === state.sheetId; }) || v.sheets[0];
  }
  function dmy(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  function renderTabs() {
    var tabs = $('tabs');
    tabs.textContent = '';
    state.view.sheets.forEach(function (s) {
      var b = el('button', { type: 'button', role: 'tab', 'aria-selected': String(s.id === state.sheetId), 'data-sheet-id': String(s.id) }, s.name);
      if (s.tabColor) b.style.borderBottomColor = s.tabColor;
      b.addEventListener('click', function () { selectSheet(s.id); });
      tabs.appendChild(b);
    });
  }

  function renderGrid() {
    var sheet = currentSheet();
    var table = $('grid');
    table.textContent = '';
    if (!sheet) return;
    table.setAttribute('data-sheet', sheet.name);
    var cells = {};
    sheet.cells.forEach(function (c) { cells[c.r + ':' + c.c] = c; });
    var covered = {}, spans = {};
    sheet.merges.forEach(function (m) {
      spans[m.row + ':' + m.column] = m;
      for (var r = m.row; r < m.row + m.numRows; r++)
        for (var c = m.column; c < m.column + m.numColumns; c++)
          if (r !== m.row || c !== m.column) covered[r + ':' + c] = true;
    });
    var colgroup = el('colgroup');
    colgroup.appendChild(el('col', { style: 'width:46px' }));
    sheet.widths.forEach(function (w) { colgroup.appendChild(el('col', { style: 'width:' + w + 'px' })); });
    table.appendChild(colgroup);
    // A fixed-layout table takes its columns' widths only when it has a width itself: the sum, as Sheets draws them.
    var lefts = [46];
    sheet.widths.forEach(function (w, i) { lefts.push(lefts[i] + w); });
    table.style.width = lefts[lefts.length - 1] + 'px';
    var head = el('tr');
    head.appendChild(el('th', { class: 'corner row-head' }));
    for (var c = 1; c <= sheet.columns; c++) head.appendChild(el('th', { scope: 'col' }, letters(c)));
    table.appendChild(head);
    var folded = {}, toggles = {};
    (sheet.groups || []).forEach(function (g) {
      var key = sheet.id + ':' + g.start;
      var shut = key in state.folds ? state.folds[key] : g.collapsed;
      if (shut) for (var fr = g.start; fr <= g.end; fr++) folded[fr] = true;
      toggles[g.control] = { key: key, shut: shut };
    });
    for (var r = 1; r <= sheet.rows; r++) {
      var tr = el('tr', { 'data-row': String(r) });
      if (r <= sheet.frozenRows) tr.className = 'frozen' + (r === sheet.frozenRows ? ' last-frozen' : '');
      if (folded[r]) tr.style.display = 'none';
      var rowHead = el('th', { class: 'row-head', scope: 'row' }, String(r));
      if (toggles[r]) {
        var t = toggles[r];
        var fold = el('button', { class: 'fold', 'aria-expanded': String(!t.shut), 'aria-label': t.shut ? 'Mở nhóm dòng' : 'Thu gọn nhóm dòng' }, t.shut ? '+' : '−');
        fold.addEventListener('click', (function (t) { return function () { state.folds[t.key] = !t.shut; renderGrid(); }; })(t));
        rowHead.appendChild(fold);
      }
      tr.appendChild(rowHead);
      for (var col = 1; col <= sheet.columns; col++) {
        var key = r + ':' + col;
        if (covered[key]) continue;
        var cell = cells[key];
        var a1 = letters(col) + r;
        var td = el('td', { 'data-a1': a1 }, cell ? cell.text : '');
        var span = spans[key];
        if (span) { td.rowSpan = span.numRows; td.colSpan = span.numColumns; }
        if (cell) {
          if (cell.background) { td.style.backgroundColor = cell.background; td.setAttribute('data-background', cell.background); }
          if (cell.note) { td.setAttribute('data-note', cell.note); td.title = cell.note; td.classList.add('has-note'); }
          if (cell.bold) td.style.fontWeight = 'bold';
          if (cell.italic) td.style.fontStyle = 'italic';
          if (cell.color) td.style.color = cell.color;
          if (cell.align) td.style.textAlign = cell.align;
          if (cell.wrap) td.classList.add('wrap');
          // Unwrapped text runs on over empty cells to its right, as in Sheets (the title of Tổng hợp).
          var next = cells[r + ':' + (col + 1)];
          if (!cell.wrap && cell.text && (!cell.align || cell.align === 'left') && !span && (!next || next.text === '') && !covered[r + ':' + (col + 1)]) td.classList.add('spill');
        }
        // Frozen columns stay beside the row numbers while the grid scrolls right, as in Sheets.
        if (col <= sheet.frozenColumns && col + (span ? span.numColumns : 1) - 1 <= sheet.frozenColumns) {
          td.classList.add('frozen-col');
          if (col === sheet.frozenColumns) td.classList.add('last-frozen-col');
          td.style.left = lefts[col - 1] + 'px';
        }
        if (state.selected === a1) td.classList.add('selected');
        td.addEventListener('click', selectCell);
        td.addEventListener('dblclick', function () { $('formula').focus(); });
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    // Frozen rows stay under the column letters while the grid scrolls, as in Sheets.
    var headHeight = head.getBoundingClientRect().height;
    var top = headHeight;
    Array.prototype.forEach.call(table.querySelectorAll('tr.frozen'), function (row) {
      Array.prototype.forEach.call(row.children, function (cellEl) { cellEl.style.top = top + 'px'; });
      top += row.getBoundingClientRect().height;
    });
    drawCharts(sheet, table, lefts);
    showSelection();
  }

  var SERIES_COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc'];
  function svg(tag, attrs, text) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  /** Each embedded chart over the grid at its anchor cell: a bar chart (horizontal bars, stacked when the chart is). */
  function drawCharts(sheet, table, lefts) {
    var wrap = table.parentNode;
    Array.prototype.forEach.call(wrap.querySelectorAll('.chart'), function (c) { c.remove(); });
    sheet.charts.forEach(function (ch) {
      var row = table.querySelector('tr[data-row="' + ch.anchor.row + '"]');
      var box = el('figure', { class: 'chart', 'data-chart-type': ch.type, role: 'img', 'aria-label': ch.title });
      box.style.left = (lefts[Math.min(ch.anchor.column, lefts.length) - 1]) + 'px';
      box.style.top = (row ? row.offsetTop : 0) + 'px';
      // Sheets' default size for a chart inserted without one: 600 × 371 px.
      var W = 600, labelW = 170, barH = 22, top = 34, legendH = 24;
      var H = Math.max(371, top + ch.labels.length * (barH + 6) + legendH);
      var max = 1;
      ch.labels.forEach(function (_, i) {
        var sum = 0;
        ch.series.forEach(function (s) { sum = ch.stacked ? sum + s.values[i] : Math.max(sum, s.values[i]); });
        max = Math.max(max, sum);
      });
      var g = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H });
      g.appendChild(svg('text', { x: W / 2, y: 20, 'text-anchor': 'middle', 'font-weight': 'bold', 'font-size': 13 }, ch.title));
      var scale = (W - labelW - 16) / max;
      ch.labels.forEach(function (label, i) {
        var y = top + i * (barH + 6);
        g.appendChild(svg('text', { x: labelW - 6, y: y + barH * 0.7, 'text-anchor': 'end', 'font-size': 11 }, label.length > 24 ? label.slice(0, 23) + '…' : label));
        var x = labelW;
        ch.series.forEach(function (s, k) {
          var w = s.values[i] * scale;
          var h = ch.stacked ? barH : barH / ch.series.length;
          var yy = ch.stacked ? y : y + k * h;
          var bar = svg('rect', { x: x, y: yy, width: Math.max(0, w), height: h, fill: SERIES_COLOURS[k % SERIES_COLOURS.length], 'data-value': String(s.values[i]) });
          bar.appendChild(svg('title', {}, label + ' — ' + s.name + ': ' + s.values[i]));
          g.appendChild(bar);
          if (ch.stacked) x += w;
        });
      });
      var lx = labelW;
      ch.series.forEach(function (s, k) {
        var y = top + ch.labels.length * (barH + 6) + 8;
        g.appendChild(svg('rect', { x: lx, y: y, width: 10, height: 10, fill: SERIES_COLOURS[k % SERIES_COLOURS.length] }));
        g.appendChild(svg('text', { x: lx + 14, y: y + 9, 'font-size': 11 }, s.name));
        lx += 24 + s.name.length * 7;
      });
      box.appendChild(g);
      wrap.appendChild(box);
    });
  }

  function showSelection() {
    var td = state.selected && document.querySelector('#grid td[data-a1="' + state.selected + '"]');
    $('name-box').textContent = state.selected || '';
    $('formula').value = td ? td.textContent : '';
    $('formula').disabled = !td;
    $('note-line').textContent = td && td.getAttribute('data-note') ? 'Ghi chú: ' + td.getAttribute('data-note') : '';
  }

  function selectCell(ev) {
    var prev = document.querySelector('#grid td.selected');
    if (prev) prev.classList.remove('selected');
    ev.currentTarget.classList.add('selected');
    state.selected = ev.currentTarget.getAttribute('data-a1');
    showSelection();
  }

  function render() { renderTabs(); renderGrid(); }

  // Follow the add-on's active sheet only when the coordinator asked for it (a sidebar call such as
  // "Mở tab"): a trigger that inserts a summary sheet must not pull the grid away from the edit.
  function loadView(follow) {
    return api('GET', '/api/sheets').then(function (view) {
      var changedSheet = state.view === null || (follow && view.activeSheetId !== state.view.activeSheetId);
      state.view = view;
      if (changedSheet || !view.sheets.some(function (s) { return s.id === state.sheetId; })) {
        state.sheetId = view.sheets.some(function (s) { return s.id === view.activeSheetId; }) ? view.activeSheetId : (view.sheets[0] || {}).id;
        state.selected = null;
      }
      render();
    });
  }

  function loadOutbox() {
    return api('GET', '/api/outbox').then(function (r) {
      var list = $('outbox-list');
      list.textContent = '';
      $('outbox-count').textContent = String(r.mails.length);
      r.mails.slice().reverse().forEach(function (m) {
        var li = el('li', { class: 'mail' });
        li.appendChild(el('div', { class: 'subject' }, m.subject));
        li.appendChild(el('div', { class: 'meta' }, 'Đến: ' + m.to + (m.cc ? ' · Cc: ' + m.cc : '') + ' · ' + m.sentAt));
        li.appendChild(el('pre', {}, m.body));
        list.appendChild(li);
      });
      $('outbox-empty').hidden = r.mails.length > 0;
    });
  }

  function refresh(follow) { return Promise.all([loadView(follow), loadOutbox()]); }

  function selectSheet(id) {
    state.sheetId = id;
    state.selected = null;
    render();
    api('POST', '/api/select', { sheetId: id }).then(function () {
      state.view.activeSheetId = id;
    }).catch(function (e) { status(e.message, true); });
  }

  function submitEdit() {
    var sheet = currentSheet();
    if (!sheet || !state.selected) return;
    var a1 = state.selected;
    var value = $('formula').value;
    status('Đang ghi ' + sheet.name + '!' + a1 + '…');
    api('POST', '/api/edit', { sheetId: sheet.id, a1: a1, value: value, as: $('as').value })
      .then(function (r) {
        var failed = r.runs.filter(function (x) { return !x.ok; });
        status(failed.length ? 'Lỗi khi ' + failed.map(function (x) { return x.job + ': ' + x.error; }).join('; ')
          : 'Đã ghi ' + sheet.name + '!' + a1 + (r.runs.length ? ' (' + r.runs.map(function (x) { return x.job; }).join(', ') + ')' : ''), failed.length > 0);
        return refresh();
      })
      .catch(function (e) { status(e.message, true); });
  }

  function reloadSidebar() { $('sidebar').src = '/sidebar?t=' + Date.now(); }

  function init() {
    $('formula').addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); submitEdit(); }
      if (ev.key === 'Escape') showSelection();
    });
    $('today').addEventListener('change', function () {
      var v = $('today').value;
      if (!v) return;
      api('POST', '/api/today', { date: v }).then(function (r) {
        status('Hôm nay là ' + dmy(r.today) + ' (08:00, giờ Việt Nam)');
        reloadSidebar();
        return refresh();
      }).catch(function (e) { status(e.message, true); });
    });
    $('run-triggers').addEventListener('click', function () {
      api('POST', '/api/triggers', {}).then(function (r) {
        status(r.runs.length ? 'Đã chạy lúc ' + r.at + ': ' + r.runs.map(function (x) { return x.job + (x.ok ? '' : ' (lỗi: ' + x.error + ')'); }).join(', ')
          : 'Không có tác vụ định kỳ nào đến hạn', r.runs.some(function (x) { return !x.ok; }));
        return refresh();
      }).catch(function (e) { status(e.message, true); });
    });
    window.addEventListener('message', function (ev) {
      if (ev.origin !== location.origin || !ev.data) return;
      if (ev.data.type === 'dvk:ran') refresh(true).catch(function (e) { status(e.message, true); });
    });
    api('GET', '/api/state').then(function (s) {
      $('file').textContent = s.file;
      // A campaign over several spreadsheets: pick the hub or a member workbook to show.
      if (s.files.length > 1) {
        $('files-label').hidden = false;
        s.files.forEach(function (f) { var o = el('option', { value: f.id }, f.name); if (f.current) o.selected = true; $('files').appendChild(o); });
        $('files').addEventListener('change', function () {
          api('POST', '/api/file', { id: $('files').value }).then(function () {
            $('sidebar').src = '/sidebar';
            return refresh();
          }).catch(function (e) { status(e.message, true); });
        });
      }
      $('today').value = s.today;
      s.people.forEach(function (p) { $('as').appendChild(el('option', { value: p }, p === s.owner ? p + ' (chủ tệp)' : p)); });
      return refresh();
    }).then(function () { document.body.setAttribute('data-ready', 'true'); })
      .catch(function (e) { status(e.message, true); });
  }
  init();
})();
`;
