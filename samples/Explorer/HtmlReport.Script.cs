using System;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    /// <summary>
    /// The page's Content-Security-Policy: nothing may be loaded; inline style is allowed, and the one inline
    /// script whose SHA-256 hash it names.
    /// </summary>
    public static string ContentSecurityPolicy { get; } = "default-src 'none'; style-src 'unsafe-inline'; script-src '" + ScriptHash
        + "'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The hash of <see cref="Script"/> as a CSP source: <c>sha256-</c> and the Base64 of the SHA-256 of its UTF-8 bytes.</summary>
    public static string ScriptHash => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    /// <summary>
    /// The page's script: reads the data, fills the filters, and on every change of a filter redraws the overview,
    /// the timelines' marks, the network and the tables; pages the tables and fills a row's evidence or positions
    /// when it is opened. It builds elements and text nodes only, never markup from the data. Filters can be given in
    /// the address as <c>#filter?partner=AU&amp;kind=visit&amp;text=navy</c> (also <c>status</c>, <c>from</c>,
    /// <c>to</c>, <c>official</c>; <c>view=network</c> shows that section of the page alone, for a screenshot or a print); the page keeps the address in step with the filters.
    /// </summary>
    public const string Script = """
(function () {
'use strict';
// Data layout (see HtmlReport.Data.cs): countries [code, name, home]; officials [id, name, country, aliases,
// engagements, positions [date, text, document, line]]; documents [id, path, lines, title, published, outlet,
// url, href, engagements]; engagements [id, document, kind, planned, date, start, end, bin, countries,
// officials, titles, place, topics, agreements, evidence [document, line, text]].
var dataElement = document.getElementById('corpus-data');
if (!dataElement) return;
var D = JSON.parse(dataElement.textContent);
var root = document.documentElement;
root.classList.add('js');
var E = D.engagements, O = D.officials, C = D.countries, DOCS = D.documents, PAGE = D.pageSize;
var ID = 0, DOC = 1, KIND = 2, PLANNED = 3, DATE = 4, START = 5, END = 6, BIN = 7, COUNTRIES = 8, PEOPLE = 9, TITLES = 10,
  PLACE = 11, TOPICS = 12, AGREEMENTS = 13, EVIDENCE = 14;
var codeIndex = {};
C.forEach(function (c, i) { codeIndex[c[0]] = i; });
var idIndex = new Map();
E.forEach(function (e, i) { if (!idIndex.has(e[ID])) idIndex.set(e[ID], i); });
var officialKey = new Map();
O.forEach(function (o, i) {
  var name = o[1].toLowerCase(), id = o[0].toLowerCase();
  if (!officialKey.has(name)) officialKey.set(name, i);
  if (!officialKey.has(id)) officialKey.set(id, i);
});

function $(id) { return document.getElementById(id); }
function h(tag, attrs) {
  var el = document.createElement(tag);
  if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) el.setAttribute(k, attrs[k]);
  for (var i = 2; i < arguments.length; i++) {
    var c = arguments[i];
    if (c === null || c === undefined) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return el;
}
var SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs) {
  var el = document.createElementNS(SVG, tag);
  for (var k in attrs) el.setAttribute(k, attrs[k]);
  for (var i = 2; i < arguments.length; i++) {
    var c = arguments[i];
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}
function count(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
function heatClass(n, max) { return n <= 0 || max <= 0 ? 0 : Math.min(5, Math.max(1, Math.ceil(5 * n / max))); }
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

// Filters.
var form = $('filters');
var fields = { partner: $('f-partner'), kind: $('f-kind'), status: $('f-status'), from: $('f-from'), to: $('f-to'), official: $('f-official'), text: $('f-text') };
var state = { partner: '', kind: '', status: '', from: '', to: '', official: '', text: '' };
var pages = { engagements: 0, officials: 0, articles: 0 };
var haystacks = null;

function haystack(i) {
  if (!haystacks) {
    haystacks = E.map(function (e) {
      var parts = [e[ID], e[DATE], D.kinds[e[KIND]], e[PLANNED] ? 'planned' : 'held', e[PLACE] || ''];
      e[TOPICS].forEach(function (t) { parts.push(t); });
      e[AGREEMENTS].forEach(function (t) { parts.push(t); });
      e[COUNTRIES].forEach(function (c) { parts.push(C[c][1], C[c][0]); });
      e[PEOPLE].forEach(function (o, k) { parts.push(O[o][1], e[TITLES][k]); });
      e[EVIDENCE].forEach(function (v) { parts.push(v[2]); });
      var d = DOCS[e[DOC]];
      if (d) parts.push(d[0], d[3] || '');
      return parts.join('\n').toLowerCase();
    });
  }
  return haystacks[i];
}

function active() {
  for (var k in state) if (state[k]) return true;
  return false;
}

function select() {
  var partner = state.partner ? codeIndex[state.partner] : -1;
  if (state.partner && partner === undefined) partner = -2;
  var kind = state.kind ? D.kinds.indexOf(state.kind) : -1;
  var planned = state.status === 'planned' ? 1 : state.status === 'held' ? 0 : -1;
  var official = -1, officialText = '';
  if (state.official) {
    var key = state.official.trim().toLowerCase();
    if (officialKey.has(key)) official = officialKey.get(key); else officialText = key;
  }
  var words = state.text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  var result = [];
  for (var i = 0; i < E.length; i++) {
    var e = E[i];
    if (partner !== -1 && e[COUNTRIES].indexOf(partner) < 0) continue;
    if (kind >= 0 && e[KIND] !== kind) continue;
    if (planned >= 0 && e[PLANNED] !== planned) continue;
    if ((state.from || state.to) && !e[START]) continue;
    if (state.from && e[END] < state.from) continue;
    if (state.to && e[START] > state.to) continue;
    if (official >= 0 && e[PEOPLE].indexOf(official) < 0) continue;
    if (officialText && !e[PEOPLE].some(function (o) { return O[o][1].toLowerCase().indexOf(officialText) >= 0; })) continue;
    if (words.length) {
      var text = haystack(i), all = true;
      for (var w = 0; w < words.length; w++) if (text.indexOf(words[w]) < 0) { all = false; break; }
      if (!all) continue;
    }
    result.push(i);
  }
  return result;
}

// Overview.
function heatRows(tbody, rows, keep) {
  var bins = D.bins.length, max = 0, undated = false;
  rows.forEach(function (r) {
    if (r.key !== 'other') for (var b = 0; b < bins; b++) max = Math.max(max, r.counts[b]);
    if (r.counts[bins] > 0) undated = true;
  });
  var old = {};
  Array.prototype.forEach.call(tbody.rows, function (tr) { old[tr.getAttribute('data-row')] = tr.cells[0]; });
  clear(tbody);
  rows.forEach(function (r) {
    var head = keep && old[r.key] ? old[r.key] : h('th', { scope: 'row' }, r.button ? h('button', { type: 'button', 'class': 'linklike', 'data-choose-partner': r.key }, r.label) : r.label);
    var tr = h('tr', { 'data-row': r.key }, head);
    for (var b = 0; b < bins; b++) {
      var n = r.counts[b];
      tr.appendChild(n ? h('td', { 'class': 'h' + heatClass(n, max), title: r.label + ', ' + D.bins[b] + ': ' + count(n, 'engagement') }, n) : h('td', { 'class': 'h0' }));
    }
    var u = h('td', { 'class': 'h0 undated' }, r.counts[bins] ? r.counts[bins] : null);
    if (!undated) u.hidden = true;
    tr.appendChild(u);
    tr.appendChild(h('td', { 'class': 'total' }, r.total));
    tbody.appendChild(tr);
  });
  var head = tbody.parentNode.tHead.rows[0];
  head.cells[head.cells.length - 2].hidden = !undated;
}

function newCounts() { var a = new Array(D.bins.length + 1); for (var i = 0; i < a.length; i++) a[i] = 0; return a; }
function bin(e) { return e[BIN] < 0 ? D.bins.length : e[BIN]; }

function bars(list, items) {
  clear(list);
  var top = items.length ? items[0].n : 1;
  items.forEach(function (it) {
    list.appendChild(h('li', null, h('span', { 'class': 'bar-name' }, it.name, it.code ? ' ' : null, it.code ? h('span', { 'class': 'muted' }, it.code) : null),
      h('span', { 'class': 'bar' }, h('span', { style: 'width:' + (Math.round(1000 * it.n / top) / 10) + '%' })), h('span', { 'class': 'bar-n' }, it.n)));
  });
  if (!items.length) list.appendChild(h('li', { 'class': 'muted' }, 'None among the engagements shown.'));
}

function overview(sel) {
  var totals = {}, partners = new Set(), people = new Set(), docs = new Set(), planned = 0, first = null, last = null;
  var byPartner = new Map(), alone = newCounts(), aloneTotal = 0, byKind = D.kinds.map(function () { return { counts: newCounts(), total: 0 }; });
  var officialCounts = new Map(), pairCounts = new Map();
  sel.forEach(function (i) {
    var e = E[i], b = bin(e), any = false;
    if (e[PLANNED]) planned++;
    docs.add(e[DOC]);
    if (e[START]) {
      if (!first || e[START] < E[first][START]) first = i;
      if (last === null || e[START] > E[last][START]) last = i;
    }
    e[COUNTRIES].forEach(function (c) {
      if (C[c][2]) return;
      any = true;
      partners.add(c);
      var p = byPartner.get(c);
      if (!p) byPartner.set(c, p = { counts: newCounts(), total: 0 });
      p.counts[b]++; p.total++;
    });
    if (!any) { alone[b]++; aloneTotal++; }
    byKind[e[KIND]].counts[b]++; byKind[e[KIND]].total++;
    var seen = new Set();
    e[PEOPLE].forEach(function (o) { if (seen.has(o)) return; seen.add(o); people.add(o); officialCounts.set(o, (officialCounts.get(o) || 0) + 1); });
    var cs = e[COUNTRIES].slice().sort(function (a, z) { return a - z; });
    for (var a = 0; a < cs.length; a++) for (var z = a + 1; z < cs.length; z++) {
      var key = cs[a] * 100000 + cs[z];
      pairCounts.set(key, (pairCounts.get(key) || 0) + 1);
    }
  });
  var set = function (name, value) { var el = document.querySelector('[data-total="' + name + '"]'); if (el) el.textContent = value; };
  set('engagements', sel.length); set('planned', planned); set('partners', partners.size); set('officials', people.size); set('articles', docs.size);
  set('span', first === null ? 'no known year' : E[first][DATE] + ' – ' + E[last][DATE]);

  var heatPartners = $('heat-partners');
  if (heatPartners) {
    var ranked = Array.from(byPartner.entries()).sort(function (a, z) { return z[1].total - a[1].total || a[0] - z[0]; });
    var rows = ranked.slice(0, D.heatRows).map(function (r) { return { key: C[r[0]][0], label: C[r[0]][1], counts: r[1].counts, total: r[1].total, button: true }; });
    if (ranked.length > D.heatRows) {
      var rest = ranked.slice(D.heatRows), restSet = new Set(rest.map(function (r) { return r[0]; })), other = newCounts(), otherTotal = 0;
      sel.forEach(function (i) { var e = E[i]; if (e[COUNTRIES].some(function (c) { return restSet.has(c); })) { other[bin(e)]++; otherTotal++; } });
      rows.push({ key: 'other', label: 'Other partners (' + rest.length + ')', counts: other, total: otherTotal });
    }
    if (aloneTotal) rows.push({ key: 'none', label: 'No partner country', counts: alone, total: aloneTotal });
    heatRows(heatPartners.tBodies[0], rows, false);
  }
  var heatKinds = $('heat-kinds');
  if (heatKinds) heatRows(heatKinds.tBodies[0], D.kinds.map(function (k, i) { return { key: k, label: k, counts: byKind[i].counts, total: byKind[i].total }; }), true);

  var list = $('busiest-officials');
  if (list) {
    var top = Array.from(officialCounts.entries()).sort(function (a, z) { return z[1] - a[1] || a[0] - z[0]; }).slice(0, D.busiest);
    bars(list, top.map(function (t) { var o = O[t[0]]; return { name: o[1], code: o[2] >= 0 ? C[o[2]][0] : null, n: t[1] }; }));
  }
  var pairs = $('busiest-pairs');
  if (pairs) {
    var topPairs = Array.from(pairCounts.entries()).sort(function (a, z) { return z[1] - a[1] || a[0] - z[0]; }).slice(0, D.busiest);
    bars(pairs, topPairs.map(function (t) { return { name: C[Math.floor(t[0] / 100000)][1] + ' – ' + C[t[0] % 100000][1], n: t[1] }; }));
  }
}

// Timelines of small corpora: marks and listed engagements outside the filter are hidden.
function timelines(inSel) {
  document.querySelectorAll('[data-engagement-id],[data-offaxis-engagement-id]').forEach(function (el) {
    var id = el.getAttribute('data-engagement-id') || el.getAttribute('data-offaxis-engagement-id');
    el.classList.toggle('out', !inSel[idIndex.get(id)]);
  });
}

// Network.
function network(sel) {
  var svg = $('country-network');
  if (!svg) return;
  var weights = new Map(), nodes = new Map(), max = 0;
  sel.forEach(function (i) {
    var cs = E[i][COUNTRIES];
    cs.forEach(function (c) { nodes.set(C[c][0], (nodes.get(C[c][0]) || 0) + 1); });
    for (var a = 0; a < cs.length; a++) for (var z = a + 1; z < cs.length; z++) {
      var key = C[cs[a]][0] < C[cs[z]][0] ? C[cs[a]][0] + ' ' + C[cs[z]][0] : C[cs[z]][0] + ' ' + C[cs[a]][0];
      var w = (weights.get(key) || 0) + 1;
      weights.set(key, w);
      if (w > max) max = w;
    }
  });
  svg.querySelectorAll('path[data-from]').forEach(function (p) {
    var a = p.getAttribute('data-from'), z = p.getAttribute('data-to');
    var w = weights.get(a < z ? a + ' ' + z : z + ' ' + a) || 0;
    p.classList.toggle('out', w === 0);
    if (w) p.setAttribute('stroke-width', String(Math.round(10 * (1 + 9 * Math.sqrt(w / Math.max(1, max)))) / 10));
  });
  svg.querySelectorAll('g[data-node-id]').forEach(function (g) {
    var code = g.getAttribute('data-node-id');
    g.classList.toggle('out', !nodes.get(code));
    g.classList.toggle('chosen', code === focusCountry());
  });
  ego(sel);
}

function focusCountry() {
  if (state.partner) return state.partner;
  if (state.official) {
    var key = state.official.trim().toLowerCase();
    if (officialKey.has(key)) { var o = O[officialKey.get(key)]; if (o[2] >= 0) return C[o[2]][0]; }
  }
  return '';
}

var EGO_MAX = 24;
function ego(sel) {
  var box = $('ego');
  if (!box) return;
  clear(box);
  var code = focusCountry(), ci = codeIndex[code];
  if (!code || ci === undefined) { box.hidden = true; return; }
  box.hidden = false;
  var own = new Map(), others = new Map(), links = new Map();
  sel.forEach(function (i) {
    var people = E[i][PEOPLE], mine = [], theirs = [];
    people.forEach(function (o) { if (O[o][2] === ci) { if (mine.indexOf(o) < 0) mine.push(o); } else if (theirs.indexOf(o) < 0) theirs.push(o); });
    mine.forEach(function (o) { own.set(o, (own.get(o) || 0) + 1); });
    if (!mine.length) return;
    theirs.forEach(function (o) { others.set(o, (others.get(o) || 0) + 1); });
    mine.forEach(function (a) { theirs.forEach(function (z) { var k = a + ' ' + z; links.set(k, (links.get(k) || 0) + 1); }); });
  });
  var order = function (m) { return Array.from(m.entries()).sort(function (a, z) { return z[1] - a[1] || O[a[0]][1].localeCompare(O[z[0]][1], 'en') || a[0] - z[0]; }); };
  var left = order(own), right = order(others);
  var chosen = state.official ? officialKey.get(state.official.trim().toLowerCase()) : undefined;
  box.appendChild(h('h3', { id: 'ego-h' }, 'Officials of ' + C[ci][1] + ' and whom they met'));
  if (!left.length) { box.appendChild(h('p', { 'class': 'muted' }, 'No official of ' + C[ci][1] + ' takes part in the engagements shown.')); return; }
  var more = Math.max(0, left.length - EGO_MAX) + Math.max(0, right.length - EGO_MAX);
  left = left.slice(0, EGO_MAX); right = right.slice(0, EGO_MAX);
  var row = 24, top = 20, width = 900, lx = 330, rx = 570, rows = Math.max(left.length, right.length, 1);
  var height = top * 2 + rows * row;
  var y = function (k, n) { return top + (rows - n) * row / 2 + k * row + row / 2; };
  var svg = s('svg', { 'class': 'ego-network', viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'group', 'aria-labelledby': 'ego-h ego-desc' });
  svg.appendChild(s('desc', { id: 'ego-desc' }, left.length + ' officials of ' + C[ci][1] + ' on the left, ' + right.length + ' officials of other countries they took part with on the right; a line joins two who took part in the same engagement, wider for more.'));
  var pos = new Map();
  left.forEach(function (t, k) { pos.set('l' + t[0], y(k, left.length)); });
  right.forEach(function (t, k) { pos.set('r' + t[0], y(k, right.length)); });
  var edges = s('g', { 'class': 'edges' }), maxLink = 1;
  links.forEach(function (w) { if (w > maxLink) maxLink = w; });
  links.forEach(function (w, k) {
    var parts = k.split(' '), ya = pos.get('l' + parts[0]), yz = pos.get('r' + parts[1]);
    if (ya === undefined || yz === undefined) return;
    var p = s('path', { 'class': 'edge-met', 'data-edge-kind': 'met', 'data-from': O[+parts[0]][0], 'data-to': O[+parts[1]][0], 'stroke-width': String(Math.round(10 * (1 + 5 * Math.sqrt(w / maxLink))) / 10),
      d: 'M' + lx + ' ' + ya + ' C' + (lx + 120) + ' ' + ya + ' ' + (rx - 120) + ' ' + yz + ' ' + rx + ' ' + yz },
      s('title', {}, O[+parts[0]][1] + ' and ' + O[+parts[1]][1] + ': ' + count(w, 'engagement') + ' together'));
    edges.appendChild(p);
  });
  svg.appendChild(edges);
  var nodes = s('g', { 'class': 'nodes' });
  var label = function (text) { return text.length > 34 ? text.slice(0, 33) + '…' : text; };
  var node = function (t, x, yy, side) {
    var o = O[t[0]], country = o[2] >= 0 ? C[o[2]][0] : '?';
    var g = s('g', { 'class': 'node node-official' + (t[0] === chosen ? ' chosen' : ''), 'data-node-kind': 'official', 'data-node-id': o[0], 'data-official': String(t[0]), tabindex: '0', role: 'button',
      'aria-label': o[1] + ' (' + country + '): ' + count(t[1], 'engagement') + '; choose to filter by this official' },
      s('title', {}, o[1] + ' (' + country + '): ' + count(t[1], 'engagement') + '; choose to filter by this official'),
      s('circle', { cx: String(x), cy: String(yy), r: String(Math.round(10 * (4 + 3 * Math.sqrt(Math.min(t[1], 100) / 10))) / 10), fill: side === 'l' ? '#1F4E79' : '#B5523B' }),
      s('text', { 'class': 'node-label', x: String(side === 'l' ? x - 14 : x + 14), y: String(yy + 4.5), 'text-anchor': side === 'l' ? 'end' : 'start' }, label(o[1] + (side === 'r' ? ' (' + country + ')' : ''))));
    nodes.appendChild(g);
  };
  left.forEach(function (t, k) { node(t, lx, y(k, left.length), 'l'); });
  right.forEach(function (t, k) { node(t, rx, y(k, right.length), 'r'); });
  svg.appendChild(nodes);
  box.appendChild(h('div', { 'class': 'scroll' }, svg));
  if (more) box.appendChild(h('p', { 'class': 'muted' }, 'The ' + EGO_MAX + ' busiest on each side are drawn; ' + count(more, 'more official') + ' took part. Narrow the filters to see them.'));
}

// Tables.
function officialButton(o) { return h('button', { type: 'button', 'class': 'linklike', 'data-official': String(o) }, O[o][1]); }
function where(d, line) { var doc = DOCS[d]; return (doc ? doc[0] : '?') + (line !== null ? ', line ' + line : ''); }

function engagementRow(i) {
  var e = E[i], kind = D.kinds[e[KIND]];
  var what = h('td', { 'data-label': 'What' }, kindBadge(e));
  if (e[PLANNED]) { what.appendChild(document.createTextNode(' ')); what.appendChild(h('span', { 'class': 'planned' }, 'planned')); }
  if (e[TOPICS].length) what.appendChild(h('div', null, 'topics: ' + e[TOPICS].join(', ')));
  if (e[AGREEMENTS].length) what.appendChild(h('div', null, 'agreements: ' + e[AGREEMENTS].join('; ')));
  var who = h('td', { 'data-label': 'Who' }, h('div', null, e[COUNTRIES].map(function (c) { return C[c][1]; }).join(', ')));
  if (e[PEOPLE].length) {
    var ul = h('ul', { 'class': 'plain' });
    e[PEOPLE].forEach(function (o, k) { ul.appendChild(h('li', null, officialButton(o), e[TITLES][k] ? ' ' : null, e[TITLES][k] ? h('span', { 'class': 'muted' }, '(' + e[TITLES][k] + ')') : null)); });
    who.appendChild(ul);
  }
  var evidence = h('td', { 'data-label': 'Evidence' });
  if (!e[EVIDENCE].length) evidence.appendChild(h('span', { 'class': 'muted' }, 'no sentence recorded; article ' + where(e[DOC], null)));
  else evidence.appendChild(h('details', { 'data-evidence': String(i) }, h('summary', null, count(e[EVIDENCE].length, 'sentence') + ' · ' + where(e[EVIDENCE][0][0], e[EVIDENCE][0][1]))));
  return h('tr', { id: 'eng-' + (i + 1), 'data-row-engagement-id': e[ID] },
    h('td', { 'data-label': 'Date' }, e[DATE], h('div', { 'class': 'muted id' }, e[ID])), what, who,
    h('td', { 'data-label': 'Where' }, e[PLACE] || 'place not stated'), evidence);
}

function kindBadge(e) {
  var colour = D.colours[e[KIND]], planned = e[PLANNED] === 1;
  var circle = s('circle', planned ? { cx: '6', cy: '6', r: '4.5', fill: '#ffffff', stroke: colour, 'stroke-width': '2', 'stroke-dasharray': '3 2' }
    : { cx: '6', cy: '6', r: '4.5', fill: colour, stroke: '#ffffff', 'stroke-width': '1' });
  var svg = s('svg', { 'class': 'swatch', viewBox: '0 0 12 12', width: '12', height: '12', 'aria-hidden': 'true' }, circle);
  return h('span', { 'class': 'kind' }, svg, D.kinds[e[KIND]]);
}

function officialRow(i, n) {
  var o = O[i];
  var name = h('th', { scope: 'row', 'data-label': 'Name' }, officialButton(i), h('div', { 'class': 'muted id' }, o[0]));
  if (o[3]) name.appendChild(h('div', { 'class': 'muted' }, 'also: ' + o[3]));
  var country = o[2] >= 0 ? C[o[2]][1] + ' (' + C[o[2]][0] + ')' : null;
  var positions = h('td', { 'data-label': 'Positions over time' });
  if (!o[5].length) positions.appendChild(h('span', { 'class': 'muted' }, 'no position recorded'));
  else positions.appendChild(h('details', { 'data-positions': String(i) }, h('summary', null, count(o[5].length, 'position'))));
  return h('tr', { id: 'off-' + (i + 1), 'data-row-official-id': o[0] }, name,
    h('td', { 'data-label': 'Country' }, country || h('span', { 'class': 'muted' }, 'not known')), h('td', { 'data-label': 'Engagements' }, n), positions);
}

function documentRow(i, n) {
  var d = DOCS[i];
  var source = !d[6] ? h('span', { 'class': 'muted' }, 'not known') : d[7] ? h('a', { 'class': 'url', href: d[7], rel: 'noopener noreferrer' }, d[6]) : h('span', { 'class': 'url' }, d[6]);
  var published = h('td', { 'data-label': 'Published' }, d[4] || 'not known');
  if (d[5]) published.appendChild(h('div', { 'class': 'muted' }, d[5]));
  return h('tr', { id: 'doc-' + (i + 1), 'data-row-document-id': d[0] },
    h('th', { scope: 'row', 'data-label': 'Article' }, d[0], h('div', { 'class': 'muted' }, d[1] + ', ' + count(d[2], 'line'))),
    h('td', { 'data-label': 'Title' }, d[3] || h('span', { 'class': 'muted' }, 'no title')), published, h('td', { 'data-label': 'Engagements' }, n), source);
}

var tables = {};
function setTable(name, items, row, one, many) { tables[name] = { items: items, row: row, one: one, many: many }; renderTable(name); }
function renderTable(name) {
  var t = tables[name], table = $(name + '-table');
  if (!t || !table) return;
  var pageCount = Math.max(1, Math.ceil(t.items.length / PAGE));
  pages[name] = Math.min(Math.max(0, pages[name]), pageCount - 1);
  var from = pages[name] * PAGE, body = table.tBodies[0];
  clear(body);
  var fragment = document.createDocumentFragment();
  t.items.slice(from, from + PAGE).forEach(function (it) { fragment.appendChild(t.row(it[0], it[1])); });
  body.appendChild(fragment);
  var filtered = active() ? ' matching the filters' : '';
  table.caption.textContent = count(t.items.length, t.one, t.many) + filtered + (t.items.length > PAGE ? '; ' + (from + 1) + ' to ' + Math.min(from + PAGE, t.items.length) + ' shown' : '');
  var pager = document.querySelector('[data-pager="' + name + '"]');
  if (pager) {
    pager.hidden = false;
    pager.querySelector('.page-status').textContent = 'Page ' + (pages[name] + 1) + ' of ' + pageCount + ' · ' + count(t.items.length, t.one, t.many) + filtered;
    pager.querySelector('[data-step="-1"]').disabled = pages[name] === 0;
    pager.querySelector('[data-step="1"]').disabled = pages[name] >= pageCount - 1;
  }
}

function fillDetails(details) {
  if (details.getAttribute('data-filled')) return;
  details.setAttribute('data-filled', '1');
  var i = details.getAttribute('data-evidence');
  if (i !== null) {
    E[+i][EVIDENCE].forEach(function (v) { details.appendChild(h('blockquote', null, v[2], h('footer', null, where(v[0], v[1])))); });
    return;
  }
  var o = details.getAttribute('data-positions');
  if (o !== null) {
    var ol = h('ol', { 'class': 'plain' });
    O[+o][5].forEach(function (p) { ol.appendChild(h('li', null, h('span', { 'class': 'when' }, p[0]), ' ' + p[1] + ' ', h('span', { 'class': 'muted' }, '(' + where(p[2], p[3]) + ')'))); });
    details.appendChild(ol);
  }
}

// Everything together.
function readForm() { for (var k in fields) if (fields[k]) state[k] = fields[k].value.trim(); }
function writeForm() { for (var k in fields) if (fields[k]) fields[k].value = state[k]; }

function update(keepPages) {
  var t0 = performance.now();
  if (!keepPages) pages.engagements = pages.officials = pages.articles = 0;
  var sel = select(), inSel = new Uint8Array(E.length);
  sel.forEach(function (i) { inSel[i] = 1; });
  overview(sel);
  timelines(inSel);
  network(sel);
  setTable('engagements', sel.map(function (i) { return [i]; }), engagementRow, 'engagement');
  var filtered = active(), officialCounts = new Map(), docCounts = new Map();
  if (filtered) sel.forEach(function (i) {
    var e = E[i];
    new Set(e[PEOPLE]).forEach(function (o) { officialCounts.set(o, (officialCounts.get(o) || 0) + 1); });
    docCounts.set(e[DOC], (docCounts.get(e[DOC]) || 0) + 1);
  });
  var officials = [], documents = [];
  O.forEach(function (o, i) { if (!filtered) officials.push([i, o[4]]); else if (officialCounts.has(i)) officials.push([i, officialCounts.get(i)]); });
  DOCS.forEach(function (d, i) { if (!filtered) documents.push([i, d[8]]); else if (docCounts.has(i)) documents.push([i, docCounts.get(i)]); });
  setTable('officials', officials, officialRow, 'official');
  setTable('articles', documents, documentRow, 'article');
  var result = $('f-result');
  if (result) result.textContent = filtered ? count(sel.length, 'engagement') + ' of ' + E.length + ' match the filters.' : 'Showing all ' + count(E.length, 'engagement') + '.';
  writeHash();
  root.setAttribute('data-shown', String(sel.length));
  root.setAttribute('data-filter-ms', (performance.now() - t0).toFixed(1));
}

function writeHash() {
  var params = [];
  for (var k in state) if (state[k]) params.push(k + '=' + encodeURIComponent(state[k]));
  var hash = params.length ? '#filter?' + params.join('&') : '';
  if (location.hash === hash || (!hash && location.hash.indexOf('#filter?') !== 0)) return;
  try { history.replaceState(null, '', hash || location.pathname + location.search); } catch (err) { /* a page opened from a file may refuse */ }
}

var viewOnly = '';
function readHash() {
  if (location.hash.indexOf('#filter?') !== 0) return;
  location.hash.slice(8).split('&').forEach(function (pair) {
    var at = pair.indexOf('='), k = pair.slice(0, at), v = pair.slice(at + 1), value = '';
    try { value = decodeURIComponent(v); } catch (err) { value = ''; }
    if (at > 0 && Object.prototype.hasOwnProperty.call(state, k)) state[k] = value;
    else if (k === 'view') viewOnly = value;
  });
}

function choose(name, value) {
  state[name] = state[name] === value ? '' : value;
  writeForm();
  update();
}

if (form) {
  var list = $('f-official-list');
  if (list) {
    var names = [], seen = new Set();
    O.forEach(function (o) { if (o[4] > 0 && !seen.has(o[1])) { seen.add(o[1]); names.push(o[1]); } });
    names.sort(function (a, z) { return a.localeCompare(z, 'en'); });
    var fragment = document.createDocumentFragment();
    names.forEach(function (n) { fragment.appendChild(h('option', { value: n })); });
    list.appendChild(fragment);
  }
  var timer = 0;
  form.addEventListener('input', function (ev) {
    if (ev.target === fields.text || ev.target === fields.official) {
      clearTimeout(timer);
      timer = setTimeout(function () { readForm(); update(); }, 150);
    }
  });
  form.addEventListener('change', function () { clearTimeout(timer); readForm(); update(); });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); readForm(); update(); });
  form.addEventListener('reset', function () { setTimeout(function () { readForm(); update(); }, 0); });
  form.hidden = false;
}

document.addEventListener('click', function (ev) {
  var target = ev.target.closest ? ev.target.closest('button[data-choose-partner],button[data-official],g[data-official],button[data-step],g[data-node-kind="country"]') : null;
  if (!target) return;
  if (target.hasAttribute('data-step')) {
    var pager = target.closest('[data-pager]'), name = pager.getAttribute('data-pager');
    pages[name] += +target.getAttribute('data-step');
    renderTable(name);
    var table = $(name + '-table');
    if (table) table.scrollIntoView({ block: 'start' });
  } else if (target.hasAttribute('data-official')) {
    choose('official', O[+target.getAttribute('data-official')][1]);
  } else if (target.hasAttribute('data-choose-partner')) {
    choose('partner', target.getAttribute('data-choose-partner'));
  } else {
    choose('partner', target.getAttribute('data-node-id'));
  }
});
document.addEventListener('keydown', function (ev) {
  if (ev.key !== 'Enter' && ev.key !== ' ') return;
  var g = ev.target.closest ? ev.target.closest('g[role="button"]') : null;
  if (!g) return;
  ev.preventDefault();
  if (g.hasAttribute('data-official')) choose('official', O[+g.getAttribute('data-official')][1]);
  else choose('partner', g.getAttribute('data-node-id'));
});
document.addEventListener('toggle', function (ev) { if (ev.target.open) fillDetails(ev.target); }, true);

// With the script, the countries of the network are buttons that choose the country; the figure becomes a group of them.
var countryNetwork = $('country-network');
if (countryNetwork) countryNetwork.setAttribute('role', 'group');
document.querySelectorAll('#country-network g[data-node-kind="country"]').forEach(function (g) {
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  var title = g.querySelector('title');
  if (title) g.setAttribute('aria-label', title.textContent + '; choose to see its officials');
});
readHash();
writeForm();
update();
if (viewOnly && $(viewOnly) && $(viewOnly).parentNode.tagName === 'MAIN') {
  Array.prototype.forEach.call($(viewOnly).parentNode.children, function (section) { if (section.id !== viewOnly) section.hidden = true; });
}
root.setAttribute('data-ready', '1');
})();
""";
}
