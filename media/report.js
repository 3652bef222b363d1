// The report webview's page script. It draws the view model the extension posts, using DOM
// methods and `textContent` only (never innerHTML): column names, file names and examples come
// from the dataset and must stay text. The chart is plain DOM with CSS widths. No network.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('report'));

  /** @param {string} tag @param {string} [cls] @param {string | number} [text] */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** @param {HTMLElement} parent @param {string} title */
  function section(parent, title) {
    const s = el('section');
    s.appendChild(el('h2', undefined, title));
    parent.appendChild(s);
    return s;
  }

  const fmt = new Intl.NumberFormat('en-US');

  /** Log scale, so 50 pieces and 5 million both read: 0 at 0, 1 at `max`. */
  function scale(/** @type {number} */ x, /** @type {number} */ max) {
    return max <= 0 ? 0 : Math.min(1, Math.log10(1 + x) / Math.log10(1 + max));
  }

  function chart(/** @type {HTMLElement} */ parent, /** @type {any} */ model) {
    const L = model.labels;
    const box = el('div', 'chart');
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', L.chart);
    for (const bar of model.classes) {
      const max = Math.max(bar.pieces, bar.especiallySerious) * 1.5;
      const row = el('div', 'chart-row');
      row.dataset.cls = bar.cls;
      row.appendChild(el('div', 'chart-label', `${L.cls} ${bar.cls}`));
      const track = el('div', 'chart-track');
      const fill = el('div', 'chart-fill');
      const level =
        bar.pieces >= bar.especiallySerious ? 'especially' : bar.pieces >= bar.serious ? 'serious' : 'below';
      fill.classList.add(`level-${level}`);
      fill.style.width = `${(scale(bar.pieces, max) * 100).toFixed(2)}%`;
      track.appendChild(fill);
      for (const [value, name, cls] of [
        [bar.serious, L.serious, 'chart-mark'],
        // The second label sits a row higher and to the left of its mark, so the two never overlap
        // and the last one never runs off the right edge.
        [bar.especiallySerious, L.especiallySerious, 'chart-mark chart-mark-end'],
      ]) {
        const mark = el('div', String(cls));
        mark.style.left = `${(scale(Number(value), max) * 100).toFixed(2)}%`;
        mark.title = `${name} ≥ ${fmt.format(Number(value))}`;
        mark.appendChild(el('span', 'chart-mark-label', `${name} ${fmt.format(Number(value))}`));
        track.appendChild(mark);
      }
      row.appendChild(track);
      row.appendChild(el('div', 'chart-value', `${fmt.format(bar.pieces)} ${L.pieces} · ${bar.distance}`));
      box.appendChild(row);
    }
    parent.appendChild(box);
  }

  /** @param {HTMLElement} parent @param {string[]} headers @param {(string | string[])[][]} rows */
  function table(parent, headers, rows) {
    const t = el('table');
    const head = el('tr');
    for (const h of headers) head.appendChild(el('th', undefined, h));
    const thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      for (const cell of r) {
        const td = el('td');
        if (Array.isArray(cell)) {
          for (const line of cell) td.appendChild(el('div', undefined, line));
        } else td.textContent = cell;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
    parent.appendChild(t);
  }

  /** @param {HTMLElement} parent @param {{text: string, basis?: string, partial?: boolean}[]} items @param {any} L */
  function list(parent, items, L) {
    const ul = el('ul');
    for (const item of items) {
      const li = el('li', undefined, item.text);
      if (item.basis) li.appendChild(el('span', 'basis', ` [${item.basis}]`));
      if (item.partial) li.appendChild(el('span', 'badge', L.partial));
      ul.appendChild(li);
    }
    parent.appendChild(ul);
  }

  function button(/** @type {string} */ label, /** @type {object} */ message) {
    const b = el('button', undefined, label);
    b.addEventListener('click', () => vscode.postMessage(message));
    return b;
  }

  function render(/** @type {any} */ model) {
    const L = model.labels;
    root.replaceChildren();
    const header = el('header');
    header.appendChild(el('h1', undefined, model.title));
    const actions = el('div', 'actions');
    actions.appendChild(button(L.exportJson, { type: 'export', format: 'json' }));
    actions.appendChild(button(L.exportMarkdown, { type: 'export', format: 'markdown' }));
    actions.appendChild(button(L.changeMapping, { type: 'changeMapping' }));
    actions.appendChild(button(L.changeAnswers, { type: 'changeAnswers' }));
    header.appendChild(actions);
    root.appendChild(header);

    // What the numbers mean for the chosen conduct comes first, before any tier word.
    root.appendChild(el('p', 'headline', model.headline));

    const tier = el('div', `tier tier-${model.tier}`);
    tier.appendChild(el('span', 'tier-caption', L.tier));
    tier.appendChild(el('strong', 'tier-label', model.tierLabel));
    tier.appendChild(el('span', 'tier-ratio', model.ratio));
    root.appendChild(tier);

    chart(section(root, L.chart), model);

    const figures = section(root, L.figures);
    const dl = el('dl', 'figures');
    for (const f of model.figures) {
      dl.appendChild(el('dt', undefined, f.label));
      dl.appendChild(el('dd', undefined, f.value));
    }
    figures.appendChild(dl);

    const cats = section(root, L.categories);
    if (model.categories.length === 0) cats.appendChild(el('p', undefined, L.none));
    else
      table(
        cats,
        [L.category, L.cls, L.piecesColumn],
        model.categories.map((c) => [
          c.name === c.key ? c.key : `${c.name} (${c.key})`,
          c.cls,
          fmt.format(c.pieces),
        ]),
      );

    const cols = section(root, L.columns);
    if (model.columns.length === 0) cols.appendChild(el('p', undefined, L.none));
    else
      table(
        cols,
        [L.file, L.column, L.category, L.cls, L.source, L.share, L.examples, L.evidence],
        model.columns.map((c) => [
          c.file,
          c.column,
          c.category,
          c.cls,
          c.source,
          c.share,
          c.examples,
          c.evidence,
        ]),
      );

    const answers = section(root, L.answers);
    table(
      answers,
      [L.answers, ''],
      model.answers.map((a) => [a.label, a.value]),
    );

    if (model.reasons.length > 0) list(section(root, L.reasons), model.reasons, L);
    list(section(root, L.duties), model.duties, L);
    list(section(root, L.caveats), model.caveats, L);
    if (model.notes.length > 0)
      list(
        section(root, L.notes),
        model.notes.map((text) => ({ text })),
        L,
      );

    const ningbo = section(root, L.ningbo);
    ningbo.appendChild(el('p', undefined, model.ningbo.summary));
    const max = Math.max(1, ...model.ningbo.types.map((t) => t.cases));
    const nb = el('div', 'ningbo');
    for (const t of model.ningbo.types) {
      const row = el('div', 'ningbo-row');
      row.appendChild(el('span', 'ningbo-label', t.label));
      const bar = el('span', 'ningbo-bar');
      bar.style.width = `${((t.cases / max) * 100).toFixed(1)}%`;
      const track = el('span', 'ningbo-track');
      track.appendChild(bar);
      row.appendChild(track);
      row.appendChild(el('span', 'ningbo-value', `${t.cases} ${L.cases}`));
      nb.appendChild(row);
    }
    ningbo.appendChild(nb);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'report' || typeof message.model !== 'object') return;
    vscode.setState({ model: message.model });
    render(message.model);
  });

  const saved = vscode.getState();
  if (saved && saved.model) render(saved.model);
  vscode.postMessage({ type: 'ready' });
})();
