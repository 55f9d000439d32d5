// evidence-graph explorer: search → entity → neighbourhood (Cytoscape.js, fcose layout) → evidence panel.
// Plain browser JavaScript, no build step; talks only to /graphql on its own origin. The graph is exposed as
// window.cy and its state as data attributes on #cy (data-state, data-nodes, data-edges) for tests and debugging.
'use strict';

(function () {
  const GRAPHQL = '/graphql';
  const ATLAS_STUDY_URL = 'https://www.cfsmeatlas.com/evidence/';

  const SEARCH = `query ExplorerSearch($text: String!) {
    search(text: $text, types: [BIOMARKER, SYMPTOM, CONDITION, MEASURE], first: 8) {
      type name snippet
      node { ... on Entity { id name } }
    }
  }`;

  /** Nodes drawn at most: the neighbourhood's `limit`. */
  const NODE_LIMIT = 60;

  const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int, $filter: EvidenceFilter) {
    neighborhood(id: $id, depth: $depth, limit: $limit, filter: $filter) { truncated omittedNodes cytoscape }
  }`;

  const PAIR = `query ExplorerPair($subject: String!, $object: String!, $filter: EvidenceFilter) {
    evidence(subject: $subject, object: $object, filter: $filter) {
      subject { name } object { name }
      studyCount findingCount consensus consensusReason agreement contradictory
      counts { byDirection { up down none undirected } relations { relation count } }
      moderators { property explains explainedShare note groups { value consensus studyCount } }
      findings {
        id relation sign statement comparator pValue pComparator significant effectSize effectType sampleSize
        study { slug title year doi pmid evidenceLevel pemCriterion design sourceUrls }
      }
    }
  }`;

  const ENTITY = `query ExplorerEntity($name: String!, $filter: EvidenceFilter) {
    asSubject: evidence(subject: $name, role: SUBJECT, filter: $filter, first: 30) { subject { name } object { name } consensus studyCount }
    asObject: evidence(subject: $name, role: OBJECT, filter: $filter, first: 30) { subject { name } object { name } consensus studyCount }
  }`;

  const COLORS = { up: '#c0392b', down: '#2470b3', null: '#8a8f98', other: '#8e44ad' };
  const NODE_COLORS = {
    Biomarker: '#0b7a75',
    Condition: '#7d3c98',
    Symptom: '#ca6f1e',
    Measure: '#566573',
    Study: '#34495e',
  };

  const NODE_TYPE_NAMES = {
    Biomarker: 'biomarker',
    Condition: 'condition',
    Symptom: 'symptom',
    Measure: 'measure',
    Study: 'study',
  };

  const $ = (selector) => document.querySelector(selector);
  const searchInput = $('#search');
  const nodeLegend = $('#node-legend');
  const cutLine = $('#cut');
  const suggestions = $('#suggestions');
  const cyContainer = $('#cy');
  const statusLine = $('#status');
  const panel = $('#panel');
  const filterForm = $('#filters');

  const state = { id: null, name: null, panel: null, hits: [], active: -1, searchSeq: 0, loadSeq: 0 };
  let cy = null;

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  async function gql(query, variables) {
    const response = await fetch(GRAPHQL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  /** A DOM element: h('a', { href }, 'text', child…). Text is always set as text, never parsed as HTML. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function filter() {
    const levels = [...filterForm.querySelectorAll('input[name="evidenceLevel"]:checked')].map((input) => input.value);
    const pem = $('#pem').value;
    const f = { significantOnly: $('#significantOnly').checked };
    if (levels.length < 4) f.evidenceLevels = levels;
    if (pem) f.pemCriteria = [pem];
    return f;
  }

  function edgeColor(data) {
    switch (data.relation) {
      case 'ELEVATED_IN':
        return COLORS.up;
      case 'REDUCED_IN':
        return COLORS.down;
      case 'NOT_DIFFERENT_IN':
      case 'NOT_CORRELATED_WITH':
        return COLORS.null;
      case 'CORRELATES_WITH':
        return data.sign === 'NEGATIVE' ? COLORS.down : data.sign === 'POSITIVE' ? COLORS.up : COLORS.other;
      default:
        return COLORS.other;
    }
  }

  const setStatus = (text, isError) => {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', Boolean(isError));
  };

  // ---------------------------------------------------------------------------------------------------------------
  // Search (typeahead)

  let searchTimer = null;
  searchInput.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 150);
  });
  searchInput.addEventListener('keydown', (event) => {
    if (suggestions.hidden && event.key !== 'Enter') return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const n = state.hits.length;
      if (n === 0) return;
      state.active = (state.active + (event.key === 'ArrowDown' ? 1 : -1) + n) % n;
      renderSuggestions();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = state.hits[state.active >= 0 ? state.active : 0];
      if (hit) pick(hit);
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('.search')) closeSuggestions();
  });

  async function runSearch() {
    const text = searchInput.value.trim();
    const seq = ++state.searchSeq;
    if (text.length < 2) return closeSuggestions();
    try {
      const data = await gql(SEARCH, { text });
      if (seq !== state.searchSeq) return; // a newer search is under way
      state.hits = data.search.filter((hit) => hit.node && hit.node.id);
      state.active = state.hits.length ? 0 : -1;
      renderSuggestions();
    } catch (error) {
      setStatus(`Search failed: ${error.message}`, true);
    }
  }

  function renderSuggestions() {
    suggestions.replaceChildren(
      ...(state.hits.length
        ? state.hits.map((hit, i) =>
            h(
              'li',
              {
                role: 'option',
                id: `hit-${i}`,
                'aria-selected': i === state.active ? 'true' : 'false',
                dataset: { id: hit.node.id, name: hit.node.name },
                onmousedown: (event) => {
                  event.preventDefault();
                  pick(hit);
                },
              },
              h(
                'span',
                {},
                hit.node.name,
                hit.snippet && hit.snippet !== hit.node.name
                  ? h('span', { class: 'snippet' }, ` (${hit.snippet})`)
                  : null,
              ),
              h('span', { class: 'type' }, hit.type),
            ),
          )
        : [h('li', { class: 'empty', 'aria-disabled': 'true' }, 'No matching entity')]),
    );
    suggestions.hidden = false;
    searchInput.setAttribute('aria-expanded', 'true');
    if (state.active >= 0) searchInput.setAttribute('aria-activedescendant', `hit-${state.active}`);
  }

  function closeSuggestions() {
    suggestions.hidden = true;
    searchInput.setAttribute('aria-expanded', 'false');
    searchInput.removeAttribute('aria-activedescendant');
  }

  function pick(hit) {
    closeSuggestions();
    searchInput.value = hit.node.name;
    load(hit.node.id, hit.node.name);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Graph

  const STYLE = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': (n) => NODE_COLORS[n.data('type')] || '#566573',
        width: (n) => 18 + 5 * Math.sqrt(n.data('findingCount') || 1),
        height: (n) => 18 + 5 * Math.sqrt(n.data('findingCount') || 1),
        'font-size': 11,
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        'text-background-color': '#fafafa',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
      },
    },
    { selector: 'node[depth = 0]', style: { 'border-width': 4, 'border-color': '#f1c40f', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-color': (e) => edgeColor(e.data()),
        'target-arrow-color': (e) => edgeColor(e.data()),
        width: (e) => 1.5 + 2.5 * Math.sqrt(e.data('studyCount') || 1),
        'line-style': (e) => (e.data('consensus') === 'MIXED' ? 'dashed' : 'solid'),
        opacity: (e) => (e.data('consensus') === 'INSUFFICIENT' ? 0.55 : 0.95),
      },
    },
    { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: 'node.label-hidden:selected, node.label-hidden.hover',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.8, 'z-index': 10 },
    },
  ];

  async function load(id, name) {
    const seq = ++state.loadSeq;
    state.id = id;
    state.name = name || null;
    if (location.hash !== `#id=${encodeURIComponent(id)}`)
      history.replaceState(null, '', `#id=${encodeURIComponent(id)}`);
    cyContainer.dataset.state = 'loading';
    setStatus('Loading…');
    let data;
    try {
      data = await gql(NEIGHBORHOOD, { id, depth: Number($('#depth').value), limit: NODE_LIMIT, filter: filter() });
    } catch (error) {
      cyContainer.dataset.state = 'error';
      setStatus(`Could not load the neighbourhood: ${error.message}`, true);
      return;
    }
    if (seq !== state.loadSeq) return;
    const graph = data.neighborhood;
    const start = graph.cytoscape.nodes.find((n) => n.data.depth === 0);
    if (start) state.name = start.data.label;
    render(graph);
    const n = graph.cytoscape.nodes.length;
    const m = graph.cytoscape.edges.length;
    setStatus(
      `${state.name}: ${n} node${n === 1 ? '' : 's'}, ${m} edge${m === 1 ? '' : 's'}. Click a node or an edge; double-click a node to explore from it.`,
    );
    showCut(graph, Number($('#depth').value));
  }

  const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

  /**
   * What the drawing leaves out, counted: entities the limit cut (the API's omittedNodes), and findings of the drawn
   * entities whose other end is not drawn (beyond the depth or cut): each entity's findingCount counts all its
   * findings, the drawn edges only those between drawn entities.
   */
  function showCut(graph, depth) {
    const drawn = new Map();
    for (const edge of graph.cytoscape.edges) {
      if (edge.data.relation === 'REPORTS') continue;
      for (const end of [edge.data.source, edge.data.target])
        drawn.set(end, (drawn.get(end) || 0) + (edge.data.findingCount || 0));
    }
    let outside = 0;
    for (const node of graph.cytoscape.nodes) {
      if (node.data.type === 'Study') continue;
      outside += Math.max(0, (node.data.findingCount || 0) - (drawn.get(node.data.id) || 0));
    }
    const omitted = graph.omittedNodes || 0;
    cutLine.dataset.omittedNodes = String(omitted);
    cutLine.dataset.outsideFindings = String(outside);
    const parts = [];
    if (omitted > 0)
      parts.push(
        `${plural(omitted, 'more entity', 'more entities')} within ${plural(depth, 'hop', 'hops')} left out by the limit of ${NODE_LIMIT} nodes`,
      );
    if (outside > 0)
      parts.push(`${plural(outside, 'finding', 'findings')} of the drawn entities lead to entities not drawn`);
    cutLine.textContent = parts.length
      ? `Not shown: ${parts.join('; ')}. Filter, raise the depth, or double-click a node to explore from it.`
      : 'Everything within reach is drawn.';
    cutLine.classList.toggle('cut', parts.length > 0);
  }

  /** The node colours: one entry per entity type, those in the drawing marked present. */
  function renderNodeLegend(types) {
    nodeLegend.replaceChildren(
      h('span', { class: 'title' }, 'Nodes'),
      ...Object.entries(NODE_COLORS).map(([type, color]) => {
        const dot = h('span', { class: 'dot' });
        dot.style.backgroundColor = color;
        return h(
          'span',
          { class: types.has(type) ? 'entry present' : 'entry', dataset: { type } },
          dot,
          NODE_TYPE_NAMES[type],
        );
      }),
      h('span', { class: 'hint' }, 'size = findings'),
    );
  }

  const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  /**
   * Labels that do not collide: the start node's label first, then the others by finding count; a label that would
   * overlap one already placed is hidden (it shows while its node is hovered or selected). Label boxes scale with
   * the zoom like the graph, so one pass after the layout (and after a drag) holds at every zoom.
   */
  function declutterLabels() {
    const nodes = cy
      .nodes()
      .sort(
        (a, b) => a.data('depth') - b.data('depth') || (b.data('findingCount') || 0) - (a.data('findingCount') || 0),
      );
    nodes.removeClass('label-hidden');
    const placed = [];
    nodes.forEach((node) => {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (box.w > 0 && placed.some((other) => overlaps(other, box))) node.addClass('label-hidden');
      else placed.push(box);
    });
    cyContainer.dataset.hiddenLabels = String(cy.nodes('.label-hidden').length);
  }

  function render(graph) {
    if (cy) cy.destroy();
    cy = window.cytoscape({
      container: cyContainer,
      elements: graph.cytoscape,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
    });
    window.cy = cy;
    cy.on('tap', 'edge', (event) => showPair(event.target));
    cy.on('tap', 'node', (event) => showEntity(event.target));
    cy.on('dbltap', 'node', (event) => load(event.target.id(), event.target.data('label')));
    cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
    cy.on('dragfree', 'node', declutterLabels);
    renderNodeLegend(new Set(graph.cytoscape.nodes.map((node) => node.data.type)));
    const layout = cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'default',
      nodeRepulsion: 9000,
      idealEdgeLength: 110,
      padding: 40,
    });
    layout.one('layoutstop', () => {
      cy.fit(undefined, 40);
      declutterLabels();
      cyContainer.dataset.nodes = String(cy.nodes().length);
      cyContainer.dataset.edges = String(cy.edges().length);
      cyContainer.dataset.state = 'ready';
    });
    layout.run();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Evidence panel

  function showLoading(title) {
    panel.replaceChildren(h('h2', {}, title), h('p', { class: 'placeholder' }, 'Loading evidence…'));
    panel.dataset.state = 'loading';
  }

  function showError(error) {
    panel.replaceChildren(h('p', { class: 'error' }, `Could not load the evidence: ${error.message}`));
    panel.dataset.state = 'error';
  }

  async function showPair(edge) {
    const subject = cy.getElementById(edge.data('source')).data('label');
    const object = cy.getElementById(edge.data('target')).data('label');
    state.panel = () => showPairByName(subject, object, edge.data('relation'));
    return state.panel();
  }

  async function showPairByName(subject, object, relation) {
    showLoading(`${subject} → ${object}`);
    let pairs;
    try {
      pairs = (await gql(PAIR, { subject, object, filter: filter() })).evidence;
    } catch (error) {
      return showError(error);
    }
    const pair = pairs.find((p) => p.subject.name === subject && p.object.name === object) || pairs[0];
    if (!pair) {
      panel.replaceChildren(
        h('h2', {}, `${subject} → ${object}`),
        h('p', { class: 'placeholder' }, 'No findings pass the current filters.'),
      );
      panel.dataset.state = 'ready';
      return;
    }
    panel.replaceChildren(renderPair(pair, relation));
    panel.dataset.state = 'ready';
  }

  function fmt(value, digits = 3) {
    return value === null || value === undefined
      ? '–'
      : Number(value)
          .toPrecision(digits)
          .replace(/\.?0+$/, '');
  }

  function studyLinks(study) {
    const atlas = (study.sourceUrls && study.sourceUrls[0]) || `${ATLAS_STUDY_URL}${study.slug}`;
    return h(
      'div',
      { class: 'links' },
      study.doi
        ? h(
            'a',
            { href: `https://doi.org/${study.doi}`, target: '_blank', rel: 'noopener', class: 'doi' },
            `DOI ${study.doi}`,
          )
        : null,
      study.pmid
        ? h(
            'a',
            {
              href: `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`,
              target: '_blank',
              rel: 'noopener',
              class: 'pmid',
            },
            `PMID ${study.pmid}`,
          )
        : null,
      h('a', { href: atlas, target: '_blank', rel: 'noopener', class: 'atlas' }, 'atlas page'),
    );
  }

  function renderPair(pair, relation) {
    const d = pair.counts.byDirection;
    const fragment = h(
      'div',
      { class: 'pair', dataset: { consensus: pair.consensus } },
      h('h2', {}, `${pair.subject.name} → ${pair.object.name}`),
      h(
        'p',
        {},
        h('span', { class: `consensus ${pair.consensus}`, 'data-testid': 'consensus' }, pair.consensus),
        ' ',
        h('span', { class: 'meta' }, pair.consensusReason),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'studies'),
        h('dd', {}, String(pair.studyCount)),
        h('dt', {}, 'findings'),
        h('dd', {}, String(pair.findingCount)),
        h('dt', {}, 'agreement'),
        h('dd', {}, pair.agreement === null ? '–' : `${Math.round(pair.agreement * 100)} %`),
        h('dt', {}, 'direction'),
        h('dd', {}, `${d.up} up · ${d.down} down · ${d.none} no difference · ${d.undirected} undirected`),
        h('dt', {}, 'relations'),
        h('dd', {}, pair.counts.relations.map((r) => `${r.relation} ${r.count}`).join(' · ') || '–'),
        h('dt', {}, 'contradictory'),
        h('dd', {}, pair.contradictory ? 'yes' : 'no'),
      ),
      h('h3', {}, 'Moderators'),
      pair.moderators.length
        ? h(
            'ul',
            {},
            pair.moderators.map((m) =>
              h(
                'li',
                { class: `moderator${m.explains ? ' explains' : ''}` },
                `${m.property}: `,
                m.groups.map((g) => `${g.value} → ${g.consensus} (${g.studyCount})`).join(', '),
                m.note ? h('div', { class: 'meta' }, m.note) : null,
              ),
            ),
          )
        : h('p', { class: 'meta' }, 'None computed for this pair.'),
      h('h3', {}, `Findings (${pair.findings.length})`),
      pair.findings.map((f) =>
        h(
          'article',
          {
            class: 'finding',
            dataset: { relation: f.relation, highlighted: f.relation === relation ? 'true' : 'false' },
          },
          h(
            'div',
            {},
            h('span', { class: 'relation' }, f.sign ? `${f.relation} (${f.sign})` : f.relation),
            f.comparator ? h('span', { class: 'meta' }, ` vs ${f.comparator}`) : null,
          ),
          h('blockquote', { class: 'statement' }, f.statement),
          h(
            'div',
            { class: 'meta' },
            [
              f.pValue !== null ? `p ${f.pComparator || '='} ${f.pValue}` : null,
              f.significant === true
                ? 'significant'
                : f.significant === false
                  ? 'not significant'
                  : 'significance unknown',
              f.effectSize !== null ? `${f.effectType || 'effect'} ${fmt(f.effectSize)}` : null,
              f.sampleSize !== null ? `n = ${f.sampleSize}` : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
          h(
            'div',
            { class: 'meta' },
            `${f.study.title || f.study.slug}${f.study.year ? ` (${f.study.year})` : ''} · ${f.study.evidenceLevel || 'level ?'} · PEM ${(f.study.pemCriterion || 'unknown').toLowerCase().replace('_', ' ')}${f.study.design ? ` · ${f.study.design.toLowerCase().replace(/_/g, ' ')}` : ''}`,
          ),
          studyLinks(f.study),
        ),
      ),
    );
    return fragment;
  }

  async function showEntity(node) {
    const name = node.data('label');
    state.panel = () => showEntityByName(node.id(), name, node.data('type'), node.data('findingCount'));
    return state.panel();
  }

  async function showEntityByName(id, name, type, findingCount) {
    showLoading(name);
    let data;
    try {
      data = await gql(ENTITY, { name, filter: filter() });
    } catch (error) {
      return showError(error);
    }
    const pairs = [
      ...data.asSubject.map((p) => ({ ...p, other: p.object.name, arrow: '→' })),
      ...data.asObject.map((p) => ({ ...p, other: p.subject.name, arrow: '←' })),
    ];
    panel.replaceChildren(
      h('h2', {}, name),
      h(
        'p',
        { class: 'meta' },
        `${type}${findingCount !== null && findingCount !== undefined ? ` · ${findingCount} findings pass the filters` : ''}`,
      ),
      h(
        'div',
        { class: 'panel-actions' },
        id === state.id ? null : h('button', { type: 'button', onclick: () => load(id, name) }, 'Explore from here'),
      ),
      h('h3', {}, `Evidence pairs (${pairs.length})`),
      pairs.length
        ? h(
            'ul',
            { class: 'pairs' },
            pairs.map((p) =>
              h(
                'li',
                {},
                h('span', { class: `consensus ${p.consensus}` }, p.consensus),
                h('span', {}, `${p.arrow} ${p.other}`),
                h('span', { class: 'meta' }, `${p.studyCount} stud${p.studyCount === 1 ? 'y' : 'ies'}`),
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      state.panel = () => showPairByName(p.subject.name, p.object.name);
                      state.panel();
                    },
                  },
                  'evidence',
                ),
              ),
            ),
          )
        : h('p', { class: 'meta' }, 'No findings pass the current filters.'),
    );
    panel.dataset.state = 'ready';
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Filters and start-up

  filterForm.addEventListener('change', () => {
    if (!state.id) return;
    load(state.id, state.name);
    if (state.panel) state.panel();
  });
  filterForm.addEventListener('submit', (event) => event.preventDefault());

  window.explorer = { load, state };

  const fromHash = /^#id=(.+)$/.exec(location.hash);
  if (fromHash) load(decodeURIComponent(fromHash[1]));
})();
