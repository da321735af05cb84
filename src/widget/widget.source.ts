/**
 * The embeddable widget served as GET /widget.js: a dependency-free custom element
 * `<it-hojo-estimate>` with an open Shadow DOM.
 *
 *   <script src="https://API/widget.js" async></script>
 *   <it-hojo-estimate round="r6" type="invoice" lang="ja"></it-hojo-estimate>
 *
 * Attributes: `api-base` (default: the origin the script was loaded from), `round` (default: the
 * round open today, else the latest), `type`, `lang` (ja | en; default from <html lang>). Theme:
 * CSS custom properties on the element or any ancestor: --ithojo-accent, --ithojo-fg, --ithojo-bg,
 * --ithojo-muted, --ithojo-border, --ithojo-error, --ithojo-radius, --ithojo-font, --ithojo-font-size.
 *
 * It reads the round's types from GET /v1/rounds/{id}, asks GET /v1/estimate?… (flattened dotted
 * query, so answers are cacheable by URL) and embeds GET /v1/rounds/{id}/types/{type}/curve.svg.
 *
 * Why a TypeScript string: the same source must load in workerd (wrangler's bundle), in vitest
 * (inside workerd) and in plain Node (scripts/openapi.mjs) without a text-module loader in each.
 * So the browser code below is plain ES5-style JavaScript kept in String.raw: it must contain no
 * backtick and no dollar-brace (use string concatenation). The browser test (test/browser/) runs it.
 */
const SOURCE = String.raw`
(function () {
'use strict';
if (!window.customElements || customElements.get('it-hojo-estimate')) return;
// The API lives where this script came from, unless api-base says otherwise.
var cs = document.currentScript;
var ORIGIN = cs && cs.src ? new URL(cs.src, location.href).origin : location.origin;
var T = {
  ja: { title: '補助額シミュレーター（IT導入補助金）', type: '類型', size: '事業者の規模', small: '小規模事業者', sme: '中小企業', large: '大企業等', functions: '機能（プロセス）', processes: '業務プロセス数', software: 'ソフトウェア購入費', cloud: 'クラウド利用料（月額）', cloudMonths: 'クラウド利用月数', services: '導入関連費（役務）', pc: 'PC・タブレット等', register: 'レジ・券売機等', securityService: 'サービス利用料（月額）', securityServiceMonths: 'サービス利用月数', submit: '試算する', subsidy: '補助額', selfPay: '自己負担額', total: '経費合計', eligible: '補助対象経費', line: '区分', rate: '補助率', cap: '上限', deadline: '次の締切', noDeadline: '今後の締切は確認できていません', loading: '読み込み中…', calculating: '計算中…', other: 'English', otherLang: 'en', disclaimer: '概算です。実際の補助額は事務局の審査・交付決定によります。', curve: '補助率・補助上限額の関係', curveAlt: '補助額のグラフ', phase: '第{n}次締切', days: 'あと{n}日', accounting: '会計', ordering: '受発注', payment: '決済', ec: 'EC', yen: '円', months: 'か月', empty: '経費を入力して「試算する」を押してください。', net: 'API に接続できませんでした', hint: '税抜・円', warnings: '注意事項', excl: '（税抜）' },
  en: { title: 'Subsidy estimate (IT Introduction Subsidy)', type: 'Type', size: 'Business size', small: 'Small business', sme: 'SME', large: 'Large company', functions: 'Functions', processes: 'Business processes', software: 'Software', cloud: 'Cloud fee (monthly)', cloudMonths: 'Cloud months', services: 'Implementation services', pc: 'PC / tablet', register: 'Register / ticket machine', securityService: 'Service fee (monthly)', securityServiceMonths: 'Service months', submit: 'Estimate', subsidy: 'Subsidy', selfPay: 'You pay', total: 'Total cost', eligible: 'Eligible cost', line: 'Line', rate: 'Rate', cap: 'Cap', deadline: 'Next deadline', noDeadline: 'No known upcoming deadline', loading: 'Loading…', calculating: 'Calculating…', other: '日本語', otherLang: 'ja', disclaimer: 'An estimate, not a decision: the secretariat decides the actual subsidy.', curve: 'Subsidy rate and cap', curveAlt: 'Subsidy curve', phase: 'deadline {n}', days: '{n} days left', accounting: 'Accounting', ordering: 'Ordering', payment: 'Payment', ec: 'E-commerce', yen: 'yen', months: 'months', empty: 'Enter costs and press Estimate.', net: 'Could not reach the API', hint: 'yen, excl. tax', warnings: 'Notes', excl: ' (excl. tax)' }
};
var MONTHLY = { cloud: 1, securityService: 1 };
var COST_ORDER = ['software', 'cloud', 'services', 'pc', 'register', 'securityService'];
var CSS = ':host{display:block;max-width:44rem;color:var(--ithojo-fg,#1f2328);background:var(--ithojo-bg,#fff);border:1px solid var(--ithojo-border,#d0d7de);border-radius:var(--ithojo-radius,12px);padding:1rem 1.25rem;font:var(--ithojo-font-size,15px)/1.5 var(--ithojo-font,system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif)}' +
  ':host([hidden]){display:none}*{box-sizing:border-box}h2{font-size:1.1em;margin:0}.head{display:flex;justify-content:space-between;align-items:center;gap:1rem;margin-bottom:.75rem}' +
  '.grid{display:grid;grid-template-columns:minmax(9rem,auto) 1fr;gap:.5rem .75rem;align-items:center}label,legend{font-weight:600}fieldset{grid-column:1/-1;border:1px solid var(--ithojo-border,#d0d7de);border-radius:8px;margin:0;padding:.4rem .75rem .6rem}fieldset label{font-weight:400;margin-right:1rem;white-space:nowrap}' +
  'input,select,button{font:inherit;color:inherit}input[type=text],input[type=number],select{width:100%;padding:.35rem .5rem;border:1px solid var(--ithojo-border,#d0d7de);border-radius:6px;background:var(--ithojo-bg,#fff)}.yen{display:flex;align-items:center;gap:.35rem}.yen input{text-align:right}.unit{color:var(--ithojo-muted,#57606a);white-space:nowrap}' +
  'button{cursor:pointer;border-radius:6px;padding:.4rem .9rem;border:1px solid var(--ithojo-accent,#0b5fff)}.go{background:var(--ithojo-accent,#0b5fff);color:var(--ithojo-on-accent,#fff);margin-top:.75rem}.lang{background:transparent;color:var(--ithojo-accent,#0b5fff)}' +
  ':focus-visible{outline:3px solid var(--ithojo-accent,#0b5fff);outline-offset:2px}[aria-invalid=true]{border-color:var(--ithojo-error,#cf222e)!important}' +
  '.err{margin-top:.75rem;padding:.5rem .75rem;border-left:4px solid var(--ithojo-error,#cf222e);color:var(--ithojo-error,#cf222e);background:color-mix(in srgb,var(--ithojo-error,#cf222e) 6%,transparent)}.err ul{margin:.25rem 0 0;padding-left:1.2rem}' +
  '.res{margin-top:1rem}.sum{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0}.sum div{min-width:8rem}.sum dt{font-size:.85em;color:var(--ithojo-muted,#57606a)}.sum dd{margin:0;font-size:1.35em;font-weight:700}.sum .subsidy{color:var(--ithojo-accent,#0b5fff);font-size:1.7em}' +
  'table{width:100%;border-collapse:collapse;margin-top:.75rem;font-size:.9em}caption{text-align:left;font-weight:600}th,td{padding:.25rem .4rem;border-bottom:1px solid var(--ithojo-border,#d0d7de);text-align:right}td{white-space:nowrap}th:first-child,td:first-child{text-align:left}' +
  '.muted,.warn{color:var(--ithojo-muted,#57606a);font-size:.85em}.warn{margin:.5rem 0 0;padding-left:1.2rem}img{display:block;width:100%;height:auto;margin-top:.75rem;border:1px solid var(--ithojo-border,#d0d7de);border-radius:8px}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';

function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
// Digits only (full-width too), no leading zeros, at most 15 digits.
function digits(s) {
  var d = String(s).replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); }).replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return d.slice(0, 15);
}
function fill(s, n) { return s.replace('{n}', n); }

class Widget extends HTMLElement {
  static get observedAttributes() { return ['api-base', 'round', 'type', 'lang']; }
}
// Methods go on the prototype; their names must not be HTMLElement's own (lang, title, hidden …).
var P = Widget.prototype;

P.connectedCallback = function () {
  if (!this.shadowRoot) {
    this.attachShadow({ mode: 'open' });
    this.st = { type: null, size: 'sme', functions: [], processes: '', costs: {} };
    this.seq = 0;
  }
  this.load();
};
P.attributeChangedCallback = function (name, old, val) {
  if (!this.shadowRoot || old === val) return;
  if (name === 'lang') { this.render(); this.estimate(); }
  else if (name === 'type') { if (this.pick(val)) { this.render(); this.estimate(); } }
  else this.load();
};
P.lng = function () {
  var l = (this.getAttribute('lang') || document.documentElement.lang || 'ja').slice(0, 2).toLowerCase();
  return l === 'en' ? 'en' : 'ja';
};
P.t = function () { return T[this.lng()]; };
P.base = function () { return (this.getAttribute('api-base') || ORIGIN).replace(/\/+$/, ''); };
P.get = function (path) {
  return fetch(this.base() + path, { headers: { Accept: 'application/json' } }).then(function (r) {
    return r.json().then(function (b) { return { ok: r.ok, body: b }; }, function () { return { ok: false, body: { detail: 'HTTP ' + r.status } }; });
  });
};

P.load = function () {
  var self = this, t = this.t();
  this.shadowRoot.innerHTML = '<style>' + CSS + '</style><p class="muted" role="status">' + esc(t.loading) + '</p>';
  var round = this.getAttribute('round');
  var first = round ? Promise.resolve(round) : this.get('/v1/rounds').then(function (r) {
    if (!r.ok) throw r.body;
    var rs = r.body.rounds;
    return r.body.current || rs[rs.length - 1].id;
  });
  first.then(function (id) { return self.get('/v1/rounds/' + encodeURIComponent(id)); }).then(function (r) {
    if (!r.ok) throw r.body;
    self.round = r.body.id;
    // 複数社連携 needs a whole group: not offered here.
    self.types = r.body.rules.types.filter(function (x) { return x.lines; });
    self.pick(self.getAttribute('type') || (self.st.type && self.st.type.id));
    self.render();
  }).catch(function (p) {
    self.shadowRoot.innerHTML = '<style>' + CSS + '</style><div class="err" role="alert">' + esc((p && p.detail) || self.t().net) + '</div>';
  });
};
// Chooses the type; keeps what still applies (size, functions, costs).
P.pick = function (id) {
  if (!this.types || !this.types.length) return false;
  var ty = this.types.filter(function (x) { return x.id === id; })[0] || this.types[0];
  var st = this.st;
  st.type = ty;
  if (ty.sizes.indexOf(st.size) < 0) st.size = ty.sizes.indexOf('sme') >= 0 ? 'sme' : ty.sizes[0];
  var fns = ty.functions ? ty.functions.value : [];
  st.functions = st.functions.filter(function (f) { return fns.indexOf(f) >= 0; });
  return true;
};
P.costKeys = function () {
  var seen = {};
  this.st.type.lines.forEach(function (l) { l.costs.forEach(function (k) { seen[k] = 1; }); });
  return COST_ORDER.filter(function (k) { return seen[k]; });
};
P.usesProcesses = function () {
  return this.st.type.lines.some(function (l) { return l.caps.some(function (c) { return c.when && c.when.minProcesses !== undefined; }); });
};

P.render = function () {
  var root = this.shadowRoot;
  if (!this.types) return;
  var t = this.t(), st = this.st, ty = st.type, lang = this.lng(), self = this;
  var focused = root.activeElement && root.activeElement.id;
  var h = '<style>' + CSS + '</style><form novalidate part="form" aria-labelledby="ih-title"><div class="head"><h2 id="ih-title">' + esc(t.title) + '</h2>' +
    '<button type="button" class="lang" id="ih-lang" lang="' + t.otherLang + '">' + esc(t.other) + '</button></div><div class="grid">' +
    '<label for="ih-type">' + esc(t.type) + '</label><select id="ih-type">' +
    this.types.map(function (x) { return '<option value="' + esc(x.id) + '"' + (x.id === ty.id ? ' selected' : '') + '>' + esc(x.name[lang]) + '</option>'; }).join('') + '</select>' +
    '<label for="ih-size">' + esc(t.size) + '</label><select id="ih-size">' +
    ty.sizes.map(function (s) { return '<option value="' + s + '"' + (s === st.size ? ' selected' : '') + '>' + esc(t[s] || s) + '</option>'; }).join('') + '</select>';
  if (ty.functions) {
    h += '<fieldset><legend>' + esc(t.functions) + '</legend>' + ty.functions.value.map(function (f) {
      return '<label><input type="checkbox" name="functions" value="' + f + '" id="ih-fn-' + f + '"' + (st.functions.indexOf(f) >= 0 ? ' checked' : '') + '> ' + esc(t[f] || f) + '</label>';
    }).join('') + '</fieldset>';
  }
  if (this.usesProcesses()) h += '<label for="ih-processes">' + esc(t.processes) + '</label><input id="ih-processes" type="number" min="0" max="20" step="1" inputmode="numeric" value="' + esc(st.processes) + '">';
  this.costKeys().forEach(function (k) {
    var v = st.costs[k] ? fmt(st.costs[k]) : '';
    h += '<label for="ih-c-' + k + '">' + esc(t[k]) + '</label><span class="yen"><input type="text" inputmode="numeric" autocomplete="off" id="ih-c-' + k + '" data-cost="' + (MONTHLY[k] ? k + '.monthly' : k) + '" value="' + v + '" placeholder="0" aria-describedby="ih-unit"><span class="unit" aria-hidden="true">' + esc(t.yen) + '</span></span>';
    if (MONTHLY[k]) {
      var m = st.costs[k + '.months'] || '';
      h += '<label for="ih-c-' + k + '-months">' + esc(t[k + 'Months']) + '</label><span class="yen"><input type="number" min="0" max="120" step="1" inputmode="numeric" id="ih-c-' + k + '-months" data-months="' + k + '" value="' + esc(m) + '"><span class="unit" aria-hidden="true">' + esc(t.months) + '</span></span>';
    }
  });
  h += '</div><span id="ih-unit" class="sr">' + esc(t.hint) + '</span><button type="submit" class="go">' + esc(t.submit) + '</button></form>' +
    '<div class="err" id="ih-err" role="alert" hidden></div><section class="res" id="ih-res" aria-live="polite" aria-label="' + esc(t.subsidy) + '"><p class="muted">' + esc(t.empty) + '</p></section>';
  root.innerHTML = h;
  var q = function (s) { return root.querySelector(s); };
  q('#ih-type').addEventListener('change', function (e) { self.pick(e.target.value); self.render(); self.estimate(); });
  q('#ih-size').addEventListener('change', function (e) { st.size = e.target.value; self.estimate(); });
  q('#ih-lang').addEventListener('click', function () { self.setAttribute('lang', t.otherLang); });
  root.querySelectorAll('input[name=functions]').forEach(function (el) {
    el.addEventListener('change', function () {
      st.functions = Array.prototype.filter.call(root.querySelectorAll('input[name=functions]'), function (c) { return c.checked; }).map(function (c) { return c.value; });
      self.estimate();
    });
  });
  if (q('#ih-processes')) q('#ih-processes').addEventListener('input', function (e) { st.processes = e.target.value; self.later(); });
  root.querySelectorAll('input[data-cost]').forEach(function (el) {
    el.addEventListener('input', function () { self.yenInput(el); st.costs[el.id.slice(5)] = digits(el.value); self.later(); });
  });
  root.querySelectorAll('input[data-months]').forEach(function (el) {
    el.addEventListener('input', function () { st.costs[el.getAttribute('data-months') + '.months'] = el.value; self.later(); });
  });
  q('form').addEventListener('submit', function (e) { e.preventDefault(); self.estimate(true); });
  if (this.last) this.show(this.last);
  if (focused && root.getElementById(focused)) root.getElementById(focused).focus();
};
// Yen fields show 1,000,000 while typing; the caret keeps its place among the digits.
P.yenInput = function (el) {
  var pos = el.selectionStart == null ? el.value.length : el.selectionStart;
  var right = el.value.slice(pos).replace(/[^\d０-９]/g, '').length;
  var v = digits(el.value);
  v = v ? fmt(v) : '';
  el.value = v;
  var i = v.length, n = 0;
  while (i > 0 && n < right) { i--; if (v.charAt(i) !== ',') n++; }
  try { el.setSelectionRange(i, i); } catch (e) { /* not focused */ }
};
P.later = function () {
  var self = this;
  clearTimeout(this.timer);
  this.timer = setTimeout(function () { self.estimate(); }, 400);
};
P.query = function () {
  var st = this.st, p = new URLSearchParams();
  p.set('round', this.round);
  p.set('type', st.type.id);
  p.set('applicant.size', st.size);
  st.functions.forEach(function (f) { p.append('functions', f); });
  if (this.usesProcesses() && st.processes !== '') p.set('processes', st.processes);
  var any = false;
  this.costKeys().forEach(function (k) {
    var v = st.costs[k];
    if (MONTHLY[k]) {
      var m = st.costs[k + '.months'];
      if (v) { p.set('costs.' + k + '.monthly', v); any = true; }
      if (m) { p.set('costs.' + k + '.months', m); any = true; }
    } else if (v) { p.set('costs.' + k, v); any = true; }
  });
  p.set('lang', this.lng());
  return any ? p : null;
};
P.estimate = function (force) {
  if (!this.types) return;
  clearTimeout(this.timer);
  var p = this.query(), self = this, seq = ++this.seq, t = this.t();
  if (!p) { if (force) this.problem({ detail: t.empty }); return; }
  var res = this.shadowRoot.getElementById('ih-res');
  if (res) res.setAttribute('aria-busy', 'true');
  this.get('/v1/estimate?' + p.toString()).then(function (r) {
    if (seq !== self.seq) return;
    if (r.ok) { self.last = r.body; self.show(r.body); } else self.problem(r.body);
  }, function () { if (seq === self.seq) self.problem({ detail: self.t().net }); });
};
// problem+json: the detail, then each field with its label.
P.problem = function (p) {
  var root = this.shadowRoot, t = this.t(), err = root.getElementById('ih-err');
  var res = root.getElementById('ih-res');
  if (res) { res.removeAttribute('aria-busy'); res.innerHTML = ''; }
  this.last = null;
  root.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  var items = (p.errors || []).map(function (e) {
    var k = String(e.path || '').replace(/^costs\./, '').replace(/^applicant\./, '');
    var key = k.replace('.monthly', '').replace('.months', 'Months');
    var el = root.querySelector('[data-cost="' + k + '"]') || root.getElementById('ih-c-' + k.replace('.months', '-months')) || root.getElementById('ih-' + k);
    if (el) el.setAttribute('aria-invalid', 'true');
    return '<li>' + esc((t[key] || e.path) + ': ' + e.message) + '</li>';
  });
  err.innerHTML = esc(p.detail || p.title || 'Error') + (items.length ? '<ul>' + items.join('') + '</ul>' : '');
  err.hidden = false;
};
P.show = function (r) {
  var root = this.shadowRoot, t = this.t(), lang = this.lng(), st = this.st;
  var err = root.getElementById('ih-err'), res = root.getElementById('ih-res');
  if (!res) return;
  err.hidden = true;
  err.innerHTML = '';
  root.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  res.removeAttribute('aria-busy');
  var y = function (n) { return lang === 'ja' ? fmt(n) + '円' : '¥' + fmt(n); };
  var h = '<dl class="sum"><div><dt>' + esc(t.subsidy) + '</dt><dd class="subsidy" part="subsidy" data-value="' + r.subsidy + '">' + y(r.subsidy) + '</dd></div>' +
    '<div><dt>' + esc(t.selfPay) + '</dt><dd class="self" data-value="' + r.selfPay + '">' + y(r.selfPay) + '</dd></div>' +
    '<div><dt>' + esc(t.total) + esc(t.excl) + '</dt><dd class="total" data-value="' + r.totalCost + '">' + y(r.totalCost) + '</dd></div></dl>';
  h += '<table><caption>' + esc(r.type.name[lang]) + '</caption><thead><tr><th scope="col">' + esc(t.line) + '</th><th scope="col">' + esc(t.eligible) + '</th><th scope="col">' + esc(t.rate) + '</th><th scope="col">' + esc(t.cap) + '</th><th scope="col">' + esc(t.subsidy) + '</th></tr></thead><tbody>' +
    r.lines.map(function (l) {
      var rate = l.segments && l.segments.length > 1 ? l.segments.map(function (s) { return s.rate; }).join(' → ') : l.rate;
      return '<tr data-category="' + esc(l.category) + '"><th scope="row">' + esc(l.name[lang]) + '</th><td>' + y(l.eligibleCost) + '</td><td>' + esc(rate) + '</td><td>' + (l.cap == null ? '—' : y(l.cap)) + '</td><td>' + y(l.subsidy) + '</td></tr>';
    }).join('') + '</tbody></table>';
  var d = r.deadline;
  h += '<p class="deadline"><strong>' + esc(t.deadline) + ':</strong> ' + (d ? esc(d.closesAt.slice(0, 16).replace('T', ' ') + ' JST' + (d.phase ? ' (' + fill(t.phase, d.phase) + ')' : '') + ' · ' + fill(t.days, d.daysLeft)) : esc(t.noDeadline)) + '</p>';
  var ws = (r.warnings || []).filter(function (w) { return w.code !== 'unconfirmed_rule'; });
  if (ws.length) h += '<ul class="warn" aria-label="' + esc(t.warnings) + '">' + ws.map(function (w) { return '<li>' + esc(w.message[lang]) + '</li>'; }).join('') + '</ul>';
  var main = r.lines[0];
  var c = new URLSearchParams();
  c.set('size', st.size);
  st.functions.forEach(function (f) { c.append('functions', f); });
  if (this.usesProcesses() && st.processes !== '') c.set('processes', st.processes);
  if (main) c.set('mark', main.eligibleCost);
  c.set('lang', lang);
  var src = this.base() + '/v1/rounds/' + encodeURIComponent(this.round) + '/types/' + encodeURIComponent(r.type.id) + '/curve.svg?' + c.toString();
  h += '<img class="curve" part="curve" width="640" height="400" src="' + esc(src) + '" alt="' + esc(t.curve + ' — ' + r.type.name[lang] + ': ' + t.subsidy + ' ' + y(main ? main.subsidy : 0)) + '">';
  h += '<p class="muted">' + esc(t.disclaimer) + '</p>';
  res.innerHTML = h;
};
customElements.define('it-hojo-estimate', Widget);
})();
`;

/** The served script: indentation and whole-line comments dropped (the source above has no multi-line strings). */
export const WIDGET_JS = SOURCE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n');

/** A strong validator for the script (two 32-bit FNV-1a hashes of its text), computed on first use. */
let etag: string | undefined;
export const widgetEtag = (): string => {
  if (etag) return etag;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < WIDGET_JS.length; i++) {
    const c = WIDGET_JS.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (etag = `"w-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}"`);
};
