/**
 * The embeddable widget served as GET /widget.js: a dependency-free custom element
 * `<it-hojo-estimate>` with an open Shadow DOM.
 *
 *   <script src="https://API/widget.js" async></script>
 *   <it-hojo-estimate type="invoice" lang="ja"></it-hojo-estimate>
 *
 * Attributes: `api-base` (default: the origin the script was loaded from), `round` (default: the
 * round GET /v1/rounds calls current, else the latest), `type`, `lang` (ja | en; default from
 * <html lang>). Theme: CSS custom properties on the element or any ancestor: --ithojo-accent,
 * --ithojo-on-accent, --ithojo-fg, --ithojo-bg, --ithojo-muted, --ithojo-border, --ithojo-error,
 * --ithojo-radius, --ithojo-font, --ithojo-font-size.
 *
 * Any host page: styles are one constructed stylesheet adopted by the shadow root (allowed under
 * `style-src 'self'`, nothing leaks in or out); the DOM is built with createElement and every value
 * from the API or the visitor is set as text (no innerHTML). Amounts are read by parseAmount
 * (src/widget/amount.ts, shipped here verbatim): `120万円` is 1,200,000, shown back as
 * `= 1,200,000円`; anything it refuses gets an inline message, aria-invalid and no request.
 *
 * It reads the round's types from GET /v1/rounds/{id}, asks GET /v1/estimate?… (flattened dotted
 * query, so answers are cacheable by URL), embeds GET /v1/rounds/{id}/types/{type}/curve.svg drawn
 * for the card's width, and links to the printable page GET /v1/estimate/print?<the same query>.
 *
 * Why a TypeScript string: the same source must load in workerd (wrangler's bundle), in vitest
 * (inside workerd) and in plain Node (scripts/openapi.mjs) without a text-module loader in each.
 * So the browser code below is plain JavaScript kept in String.raw: it must contain no backtick
 * and no dollar-brace (use string concatenation); a line too long for 160 columns ends in a
 * backslash and goes on in the next line. The browser test (test/browser/) runs it.
 */
import { parseAmount } from './amount.ts';
import { MAX_YEN } from '../routes/estimate/estimate.schemas.ts';

const SOURCE = String.raw`
(function () {
'use strict';
if (!window.customElements || customElements.get('it-hojo-estimate')) return;
// The API lives where this script came from, unless api-base says otherwise.
var cs = document.currentScript;
var ORIGIN = cs && cs.src ? new URL(cs.src, location.href).origin : location.origin;
var parseAmount = __PARSE_AMOUNT__;
var MAX = __MAX_YEN__;
var T = {
  ja: { title: '補助額シミュレーター（IT導入補助金）', type: '類型', size: '事業者の規模', small: '小規模事業者', sme: '中小企業', large: '大企業等', functions: '機能（プロセス）', processes: \
      '業務プロセス数', software: 'ソフトウェア購入費', cloud: 'クラウド利用料（月額）', cloudMonths: 'クラウド利用月数', services: '導入関連費（役務）', pc: 'PC・タブレット等', register: 'レジ・券売機等', \
      securityService: 'サービス利用料（月額）', securityServiceMonths: 'サービス利用月数', submit: '試算する', subsidy: '補助額', selfPay: '自己負担額', total: '経費合計', eligible: \
      '補助対象経費', line: '区分', rate: '補助率', cap: '上限', deadline: '次の締切', noDeadline: '今後の締切は確認できていません', loading: '読み込み中…', other: 'English', otherLang: \
      'en', disclaimer: '概算です。実際の補助額は事務局の審査・交付決定によります。', curve: '補助率・補助上限額の関係', phase: '第{n}次締切', days: 'あと{n}日', open: '受付中', closed: '締切済み', \
      unconfirmed: '未確認', planned: '予定', accounting: '会計', ordering: '受発注', payment: '決済', ec: 'EC', yen: '円', months: 'か月', empty: \
      '経費を入力して「試算する」を押してください。', net: 'API に接続できませんでした', hint: '税抜・円。120万円、1,200,000 のように入力できます', warnings: '注意事項', excl: '（税抜）', print: \
      '印刷用の試算書を開く', sources: '根拠', negative: 'マイナスの金額は入力できません', decimal: '1円未満の端数は入力できません（円単位の整数で）', too_large: '100億円以下で入力してください', invalid: \
      '金額として読めません（例: 1200000、120万円、1,200,000円）', fix: '入力を確認してください' },
  en: { title: 'Subsidy estimate (IT Introduction Subsidy)', type: 'Type', size: 'Business size', small: 'Small business', sme: 'SME', large: 'Large \
      company', functions: 'Functions', processes: 'Business processes', software: 'Software', cloud: 'Cloud fee (monthly)', cloudMonths: 'Cloud \
      months', services: 'Implementation services', pc: 'PC / tablet', register: 'Register / ticket machine', securityService: 'Service fee \
      (monthly)', securityServiceMonths: 'Service months', submit: 'Estimate', subsidy: 'Subsidy', selfPay: 'You pay', total: 'Total cost', \
      eligible: 'Eligible cost', line: 'Line', rate: 'Rate', cap: 'Cap', deadline: 'Next deadline', noDeadline: 'No known upcoming deadline', \
      loading: 'Loading…', other: '日本語', otherLang: 'ja', disclaimer: 'An estimate, not a decision: the secretariat decides the actual subsidy.', \
      curve: 'Subsidy rate and cap', phase: 'deadline {n}', days: '{n} days left', open: 'open', closed: 'closed', unconfirmed: 'unconfirmed', \
      planned: 'planned', accounting: 'Accounting', ordering: 'Ordering', payment: 'Payment', ec: 'E-commerce', yen: 'yen', months: 'months', empty: \
      'Enter costs and press Estimate.', net: 'Could not reach the API', hint: 'yen, excl. tax; 1200000, 120万, ¥1,200,000 all work', warnings: \
      'Notes', excl: ' (excl. tax)', print: 'Open the printable estimate', sources: 'Sources', negative: 'cannot be negative', decimal: 'whole yen \
      only (no fractions of a yen)', too_large: 'at most ¥10,000,000,000', invalid: 'not an amount (e.g. 1200000, 120万円, ¥1,200,000)', fix: 'Please \
      check the marked fields' }
};
var MONTHLY = { cloud: 1, securityService: 1 };
var COST_ORDER = ['software', 'cloud', 'services', 'pc', 'register', 'securityService'];
var V = function (n, d) { return 'var(--ithojo-' + n + ',' + d + ')'; };
var BORDER = '1px solid ' + V('border', '#d0d7de'), ACC = V('accent', '#0b5fff'), MUT = V('muted', '#57606a'), ERR = V('error', '#cf222e');
// Mobile first: one column; two columns and a real table once the card is 34rem wide.
var CSS = ':host{display:block;container-type:inline-size;max-width:44rem;color:' + V('fg', '#1f2328') + ';background:' + V('bg', '#fff') + ';\
    border:' + BORDER + ';border-radius:' + V('radius', '12px') + ';padding:1rem;font:' + V('font-size', '15px') + '/1.5 ' + V('font', 'system-ui,\
    -apple-system,"Hiragino Sans","Noto Sans JP",sans-serif') + ';overflow-wrap:anywhere}' +
  ':host([hidden]){display:none}*{box-sizing:border-box}h2{font-size:1.1em;margin:0}.head{display:flex;flex-wrap:wrap;justify-content:space-between;\
      align-items:center;gap:.5rem;margin-bottom:.75rem}' +
  '.grid{display:grid;grid-template-columns:minmax(0,1fr);gap:.25rem .75rem;align-items:center}.grid>label{margin-top:.5rem}label,\
      legend{font-weight:600}fieldset{grid-column:1/-1;border:' + BORDER + ';border-radius:8px;margin:.5rem 0 0;padding:.25rem .75rem .5rem;\
      min-width:0}fieldset label{font-weight:400;display:inline-flex;align-items:center;gap:.4rem;min-height:44px;margin-right:1rem}\
      input[type=checkbox]{width:1.25rem;height:1.25rem;margin:0}' +
  'input,select,button{font:inherit;font-size:max(16px,1em);color:inherit}input:not([type=checkbox]),select{width:100%;min-height:44px;\
      padding:.35rem .5rem;border:' + BORDER + ';border-radius:6px;background:' + V('bg', '#fff') + '}.yen{display:flex;align-items:center;\
      gap:.35rem;min-width:0}.yen input{text-align:right;min-width:0}.unit{color:' + MUT + ';white-space:nowrap}' +
  '.msg{grid-column:1/-1;margin:0;min-height:1.2em;font-size:.85em;color:' + MUT + ';text-align:right}.msg.bad{color:' + ERR + ';text-align:left;\
      font-weight:600}' +
  'button,a.print{cursor:pointer;border-radius:6px;min-height:44px;min-width:44px;padding:.4rem .9rem;border:1px solid ' + ACC + '}.go{background:' \
      + ACC + ';color:' + V('on-accent', '#fff') + ';margin-top:.75rem;width:100%}.lang{background:transparent;color:' + ACC + '}' +
  'a{color:' + ACC + '}a.print{display:inline-flex;align-items:center;margin-top:.75rem;text-decoration:none;font-weight:600}' +
  ':focus-visible{outline:3px solid ' + ACC + ';outline-offset:2px}[aria-invalid=true]{border-color:' + ERR + '!important;border-width:2px!important}' +
  '.err{margin-top:.75rem;padding:.5rem .75rem;border-left:4px solid ' + ERR + ';color:' + ERR + '}.err ul{margin:.25rem 0 0;padding-left:1.2rem}' +
  '.res{margin-top:1rem}.sum{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0}.sum div{min-width:8rem}.sum dt{font-size:.85em;color:' + MUT + '}\
      .sum dd{margin:0;font-size:1.3em;font-weight:700}.sum .subsidy{color:' + ACC + ';font-size:1.6em}' +
  'table{width:100%;border-collapse:collapse;margin-top:.75rem;font-size:.9em}caption{text-align:left;font-weight:600}th,td{padding:.3rem .4rem;\
      border-bottom:' + BORDER + ';text-align:right}th:first-child{text-align:left}' +
  // Narrow cards: every line a block of label/value rows.
  '@container (max-width:33.99rem){thead{display:none}caption{display:block}table,tbody,tr,th,td{display:block}tr{border:' + BORDER + ';\
      border-radius:8px;margin-top:.5rem;padding:.25rem .5rem}tbody th{border:0;font-size:1.05em}td{display:flex;justify-content:space-between;\
      gap:1rem;border:0;border-top:' + BORDER + '}td::before{content:attr(data-label);color:' + MUT + ';text-align:left}}' +
  '@container (min-width:34rem){:host{padding:1rem 1.25rem}.grid{grid-template-columns:minmax(9rem,auto) minmax(0,1fr)}.grid>label{margin-top:0}\
      .msg{grid-column:2}.go{width:auto}td{white-space:nowrap}}' +
  '.muted,.warn{color:' + MUT + ';font-size:.85em}.warn{margin:.5rem 0 0;padding-left:1.2rem}details{margin-top:.5rem;font-size:.85em}\
      summary{cursor:pointer;min-height:44px;line-height:44px}details ul{margin:0;padding-left:1.2rem}img{display:block;width:100%;height:auto;\
      margin-top:.75rem;border:' + BORDER + ';border-radius:8px}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';

var sheet = null;
// One constructed stylesheet shared by every instance; a <style> only where adoptedStyleSheets is missing.
function styles(root) {
  if ('adoptedStyleSheets' in root && window.CSSStyleSheet) {
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch (e) { /* fall through */ }
  }
  return h('style', { text: CSS });
}
// An element: attributes set as attributes, 'text' as textContent, 'on…' as listeners; children as nodes or text.
function h(tag, props, kids) {
  var e = document.createElement(tag);
  for (var k in props || {}) {
    var v = props[k];
    if (v == null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  (kids || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c))); });
  return e;
}
function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function fill(s, n) { return s.replace('{n}', n); }
// A source is a string (older answers) or { title, url, locator, authority }.
function source(s) {
  if (!s) return null;
  if (typeof s === 'string') return /^https?:\/\//.test(s) ? h('a', { href: s.split(' ')[0], rel: 'noopener', target: '_blank', text: s }) : s;
  var label = (s.title || s.url || '') + (s.locator ? ' ' + s.locator : '') + (s.authority ? ' (' + s.authority + ')' : '');
  return s.url && /^https?:\/\//.test(s.url) ? h('a', { href: s.url, rel: 'noopener', target: '_blank', text: label }) : label;
}
function rates(l) {
  var list = Array.isArray(l.rates) && l.rates.length ? l.rates.map(function (r) { return typeof r === 'string' ? r : r.rate; }) : (l.segments || \
      []).map(function (s) { return s.rate; });
  return list.length ? list.join(' → ') : l.rate;
}

class Widget extends HTMLElement {
  static get observedAttributes() { return ['api-base', 'round', 'type', 'lang']; }
}
// Methods go on the prototype; their names must not be HTMLElement's own (lang, title, hidden …).
var P = Widget.prototype;

P.connectedCallback = function () {
  var self = this;
  if (!this.shadowRoot) {
    this.attachShadow({ mode: 'open' });
    this.st = { type: null, size: 'sme', functions: [], processes: '', costs: {} };
    this.seq = 0;
    if (window.ResizeObserver) new ResizeObserver(function () { self.fitCurve(); }).observe(this);
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
P.put = function (nodes) {
  var root = this.shadowRoot, s = styles(root);
  root.replaceChildren.apply(root, (s ? [s] : []).concat(nodes));
};

P.load = function () {
  var self = this, t = this.t();
  this.put([h('p', { class: 'muted', role: 'status', text: t.loading })]);
  var round = this.getAttribute('round');
  // No round attribute: the round the API calls current (else its latest), so embeds follow time.
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
    self.put([h('div', { class: 'err', role: 'alert', text: (p && p.detail) || self.t().net })]);
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
P.y = function (n) { return this.lng() === 'ja' ? fmt(n) + '円' : '¥' + fmt(n); };

P.render = function () {
  var root = this.shadowRoot;
  if (!this.types) return;
  var t = this.t(), st = this.st, ty = st.type, lang = this.lng(), self = this;
  var focused = root.activeElement && root.activeElement.id;
  var grid = [
    h('label', { for: 'ih-type', text: t.type }),
    h('select', { id: 'ih-type', onchange: function (e) { self.pick(e.target.value); self.render(); self.estimate(); } },
      this.types.map(function (x) { return h('option', { value: x.id, selected: x.id === ty.id, text: x.name[lang] }); })),
    h('label', { for: 'ih-size', text: t.size }),
    h('select', { id: 'ih-size', onchange: function (e) { st.size = e.target.value; self.estimate(); } },
      ty.sizes.map(function (s) { return h('option', { value: s, selected: s === st.size, text: t[s] || s }); }))
  ];
  if (ty.functions) {
    grid.push(h('fieldset', null, [h('legend', { text: t.functions })].concat(ty.functions.value.map(function (f) {
      return h('label', null, [h('input', { type: 'checkbox', name: 'functions', value: f, id: 'ih-fn-' + f, checked: st.functions.indexOf(f) >= 0, \
          onchange: function () {
        st.functions = Array.prototype.filter.call(root.querySelectorAll('input[name=functions]'), function (c) { return c.checked; }).map(function \
            (c) { return c.value; });
        self.estimate();
      } }), t[f] || f]);
    }))));
  }
  var number = function (id, max, val, on) {
    return h('input', { id: id, type: 'number', min: 0, max: max, step: 1, inputmode: 'numeric', value: val, oninput: on });
  };
  if (this.usesProcesses()) {
    grid.push(h('label', { for: 'ih-processes', text: t.processes }), number('ih-processes', 20, st.processes, function (e) { st.processes = \
        e.target.value; self.later(); }));
  }
  this.costKeys().forEach(function (k) {
    var id = 'ih-c-' + k;
    grid.push(h('label', { for: id, text: t[k] }), h('span', { class: 'yen' }, [
      h('input', { type: 'text', inputmode: 'text', autocomplete: 'off', id: id, 'data-cost': MONTHLY[k] ? k + '.monthly' : k, value: st.costs[k] || \
          '', placeholder: '0', 'aria-describedby': 'ih-m-' + k + ' ih-unit', oninput: function (e) { st.costs[k] = e.target.value; self.check(k); \
          self.later(); } }),
      h('span', { class: 'unit', 'aria-hidden': 'true', text: t.yen })
    ]), h('p', { class: 'msg', id: 'ih-m-' + k, 'aria-live': 'polite' }));
    if (MONTHLY[k]) {
      grid.push(h('label', { for: id + '-months', text: t[k + 'Months'] }), h('span', { class: 'yen' }, [
        number(id + '-months', 120, st.costs[k + '.months'] || '', function (e) { st.costs[k + '.months'] = e.target.value; self.later(); }),
        h('span', { class: 'unit', 'aria-hidden': 'true', text: t.months })
      ]));
    }
  });
  this.put([
    h('form', { novalidate: true, part: 'form', 'aria-labelledby': 'ih-title', onsubmit: function (e) { e.preventDefault(); self.estimate(true); } }, [
      h('div', { class: 'head' }, [h('h2', { id: 'ih-title', text: t.title }), h('button', { type: 'button', class: 'lang', id: 'ih-lang', lang: \
          t.otherLang, text: t.other, onclick: function () { self.setAttribute('lang', t.otherLang); } })]),
      h('div', { class: 'grid' }, grid),
      h('span', { id: 'ih-unit', class: 'sr', text: t.hint }),
      h('button', { type: 'submit', class: 'go', text: t.submit })
    ]),
    h('div', { class: 'err', id: 'ih-err', role: 'alert', hidden: true }),
    h('section', { class: 'res', id: 'ih-res', 'aria-live': 'polite', 'aria-label': t.subsidy }, [h('p', { class: 'muted', text: t.empty })])
  ]);
  this.costKeys().forEach(function (k) { self.check(k); });
  if (this.last) this.show(this.last);
  if (focused && root.getElementById(focused)) root.getElementById(focused).focus();
};
// Reads one yen field: the understood amount echoed back, or why it is refused (aria-invalid, no request).
P.check = function (k) {
  var root = this.shadowRoot, t = this.t(), el = root.getElementById('ih-c-' + k), msg = root.getElementById('ih-m-' + k);
  var r = parseAmount(this.st.costs[k] || '', MAX);
  this.st.amounts = this.st.amounts || {};
  this.st.amounts[k] = r;
  if (!el) return r;
  if (r.ok) el.removeAttribute('aria-invalid'); else el.setAttribute('aria-invalid', 'true');
  msg.className = r.ok ? 'msg' : 'msg bad';
  msg.textContent = r.ok ? (r.yen === null ? '' : '= ' + this.y(r.yen)) : t[r.code];
  return r;
};
P.refused = function () {
  var self = this;
  return this.costKeys().filter(function (k) { return !self.check(k).ok; });
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
    var v = st.amounts[k].yen;
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
  var self = this, seq = ++this.seq, t = this.t(), root = this.shadowRoot;
  var bad = this.refused();
  if (bad.length) {
    // Nothing is sent while an amount is refused; an older answer would not match the form.
    this.last = null;
    root.getElementById('ih-res').replaceChildren();
    if (force) { this.problem({ detail: t.fix }); root.getElementById('ih-c-' + bad[0]).focus(); }
    return;
  }
  var p = this.query();
  if (!p) { if (force) this.problem({ detail: t.empty }); return; }
  var res = root.getElementById('ih-res');
  if (res) res.setAttribute('aria-busy', 'true');
  this.get('/v1/estimate?' + p.toString()).then(function (r) {
    if (seq !== self.seq) return;
    if (r.ok) { self.last = r.body; self.lastQuery = p.toString(); self.show(r.body); } else self.problem(r.body);
  }, function () { if (seq === self.seq) self.problem({ detail: self.t().net }); });
};
// problem+json: the detail, then each field with its label.
P.problem = function (p) {
  var root = this.shadowRoot, t = this.t(), self = this, err = root.getElementById('ih-err'), res = root.getElementById('ih-res');
  if (res) { res.removeAttribute('aria-busy'); res.replaceChildren(); }
  this.last = null;
  this.costKeys().forEach(function (k) { self.check(k); });
  var items = (p.errors || []).map(function (e) {
    var k = String(e.path || '').replace(/^costs\./, '').replace(/^applicant\./, '');
    var key = k.replace('.monthly', '').replace('.months', 'Months');
    var el = root.querySelector('[data-cost="' + k.replace(/[^\w.-]/g, '') + '"]') || root.getElementById('ih-c-' + k.replace('.months', '-months')) \
        || root.getElementById('ih-' + k);
    if (el) el.setAttribute('aria-invalid', 'true');
    return h('li', { text: (t[key] || e.path) + ': ' + e.message });
  });
  err.replaceChildren(p.detail || p.title || 'Error');
  if (items.length) err.appendChild(h('ul', null, items));
  err.hidden = false;
};
P.show = function (r) {
  var root = this.shadowRoot, t = this.t(), lang = this.lng(), st = this.st, self = this;
  var err = root.getElementById('ih-err'), res = root.getElementById('ih-res');
  if (!res) return;
  err.hidden = true;
  err.replaceChildren();
  res.removeAttribute('aria-busy');
  var y = function (n) { return self.y(n); };
  var sum = function (label, cls, n) { return h('div', null, [h('dt', { text: label }), h('dd', { class: cls, 'data-value': n, text: y(n) })]); };
  var kids = [h('dl', { class: 'sum' }, [sum(t.subsidy, 'subsidy', r.subsidy), sum(t.selfPay, 'self', r.selfPay), sum(t.total + t.excl, 'total', \
      r.totalCost)])];
  var cols = [t.eligible, t.rate, t.cap, t.subsidy];
  kids.push(h('table', null, [
    h('caption', { text: r.type.name[lang] }),
    h('thead', null, [h('tr', null, [t.line].concat(cols).map(function (c) { return h('th', { scope: 'col', text: c }); }))]),
    h('tbody', null, r.lines.map(function (l) {
      var vals = [y(l.eligibleCost), rates(l), l.cap == null ? '—' : y(l.cap), y(l.subsidy)];
      return h('tr', { 'data-category': l.category }, [h('th', { scope: 'row', text: l.name[lang] })].concat(vals.map(function (v, i) { return \
          h('td', { 'data-label': cols[i], text: v }); })));
    }))
  ]));
  var d = r.deadline;
  var when = d ? d.closesAt.slice(0, 16).replace('T', ' ') + ' JST' + (d.phase ? ' (' + fill(t.phase, d.phase) + ')' : '') + ' · ' + (t[d.status] || \
      d.status) + (d.status === 'open' ? ' · ' + fill(t.days, d.daysLeft) : '') + (d.planned ? ' · ' + t.planned : '') + (d.confidence === \
      'unconfirmed' ? ' · ' + t.unconfirmed : '') : t.noDeadline;
  kids.push(h('p', { class: 'deadline' }, [h('strong', { text: t.deadline + ': ' }), when]));
  var ws = (r.warnings || []).filter(function (w) { return w.code !== 'unconfirmed_rule'; });
  if (ws.length) kids.push(h('ul', { class: 'warn', 'aria-label': t.warnings }, ws.map(function (w) { return h('li', { text: w.message[lang] }); })));
  var seen = {}, srcs = [];
  r.lines.forEach(function (l) {
    (l.sources && l.sources.length ? l.sources : [l.source]).forEach(function (s) {
      var key = typeof s === 'string' ? s : JSON.stringify(s);
      if (s && !seen[key]) { seen[key] = 1; srcs.push(h('li', null, [source(s)])); }
    });
  });
  if (srcs.length) kids.push(h('details', null, [h('summary', { text: t.sources }), h('ul', null, srcs)]));
  var main = r.lines[0];
  this.curveImg = h('img', { class: 'curve', part: 'curve', alt: t.curve + ' — ' + r.type.name[lang] + ': ' + t.subsidy + ' ' + y(main ? \
      main.subsidy : 0) });
  this.curveMark = main ? main.eligibleCost : null;
  this.curveType = r.type.id;
  kids.push(this.curveImg);
  kids.push(h('a', { class: 'print', href: this.base() + '/v1/estimate/print?' + (this.lastQuery || ''), target: '_blank', rel: 'noopener', text: \
      t.print }));
  kids.push(h('p', { class: 'muted', text: t.disclaimer }));
  res.replaceChildren.apply(res, kids);
  this.fitCurve();
};
// The curve is drawn for the card's width (in 40 px steps, so URLs stay cacheable): text stays legible on phones.
P.fitCurve = function () {
  var img = this.curveImg, st = this.st;
  if (!img || !img.isConnected) return;
  var w = Math.max(240, Math.min(960, Math.floor((img.clientWidth || this.clientWidth || 640) / 40) * 40));
  var c = new URLSearchParams();
  c.set('size', st.size);
  st.functions.forEach(function (f) { c.append('functions', f); });
  if (this.usesProcesses() && st.processes !== '') c.set('processes', st.processes);
  if (this.curveMark != null) c.set('mark', this.curveMark);
  c.set('width', w);
  c.set('lang', this.lng());
  var src = this.base() + '/v1/rounds/' + encodeURIComponent(this.round) + '/types/' + encodeURIComponent(this.curveType) + '/curve.svg?' + c.toString();
  if (img.getAttribute('src') !== src) img.setAttribute('src', src);
};
customElements.define('it-hojo-estimate', Widget);
})();
`;

/**
 * The served script: indentation and whole-line comments dropped (the source above has no
 * multi-line strings), a line ending in a backslash joined to the next one (a long line of the
 * source wrapped to stay within 160 columns, the served text unchanged), then the amount reader
 * and the largest amount put in.
 */
export const WIDGET_JS = SOURCE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n')
  .replace(/\\\n/g, '')
  .replace('__PARSE_AMOUNT__', () => `(${String(parseAmount)})`)
  .replace('__MAX_YEN__', String(MAX_YEN));

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
  etag = `"w-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}"`;
  return etag;
};
