/* kg viz: the page's script. Inlined into one offline HTML file by kg/viz.py.
 *
 * vis-network moves the camera, drags and hit-tests the concepts; this script lays the graph
 * out (ForceAtlas2 with Barnes-Hut, each connected piece on its own, packed in rows), and draws
 * relations, labels and highlights itself: one-pixel strokes and labels placed by importance
 * without overlap cost a fraction of what vis-network's own edges and labels cost on thousands
 * of relations. Every text from the notes goes through textContent (or canvas fillText).
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges, RELS = DATA.relations, CLASSES = DATA.classes;
  var SOURCES = DATA.sources, PLANS = DATA.plans, LOW = DATA.lowConfidence;
  var n = NODES.length, m = EDGES.length;
  var DEFAULT_DEPTH = 0;

  // ------------------------------------------------------------------ model
  var byId = Object.create(null);
  var onstage = new Uint8Array(n), radius = new Float64Array(n), degree = new Int32Array(n);
  var maxDegree = 1;
  NODES.forEach(function (d, i) {
    byId[d.id] = i;
    onstage[i] = d.off ? 0 : 1;
    degree[i] = d.d || 0;
    if (onstage[i]) maxDegree = Math.max(maxDegree, degree[i]);
  });
  // a dot's area grows with its relations, up to three times the smallest radius
  for (var r0 = 0; r0 < n; r0++) radius[r0] = 7 + 14 * Math.sqrt(degree[r0] / maxDegree);
  var adj = [];
  for (var i0 = 0; i0 < n; i0++) adj.push([]);
  var eFrom = new Int32Array(m), eTo = new Int32Array(m), eRel = new Int32Array(m), eLow = new Uint8Array(m);
  var ePar = new Float64Array(m), eParN = new Int32Array(m), eFlip = new Int8Array(m);
  (function () {
    var groups = Object.create(null);
    EDGES.forEach(function (e, k) {
      eFrom[k] = e[0]; eTo[k] = e[1]; eRel[k] = e[2];
      eLow[k] = e[3] !== null && e[3] < LOW ? 1 : 0;
      adj[e[0]].push(k);
      if (e[1] !== e[0]) adj[e[1]].push(k);
      var lo = Math.min(e[0], e[1]), hi = Math.max(e[0], e[1]), key = lo + " " + hi;
      (groups[key] = groups[key] || []).push(k);
      eFlip[k] = e[0] === lo ? 1 : -1;
    });
    Object.keys(groups).forEach(function (key) {
      var g = groups[key];
      g.forEach(function (k, j) { ePar[k] = j - (g.length - 1) / 2; eParN[k] = g.length; });
    });
  })();
  function relStyle(r) { return RELS[r]; }
  function arrowsOf(r) { return RELS[r].arrows || "to"; }
  function label(i) { return NODES[i].l; }
  function className(i) { return CLASSES[NODES[i].c].name; }
  function classColor(i) { return CLASSES[NODES[i].c].color; }
  function conceptCount() { var c = 0; for (var i = 0; i < n; i++) c += onstage[i]; return c; }
  // labels of the best-connected concepts come first
  var importance = [];
  for (var i1 = 0; i1 < n; i1++) if (onstage[i1]) importance.push(i1);
  importance.sort(function (a, b) { return degree[b] - degree[a] || (label(a) < label(b) ? -1 : 1); });

  // ------------------------------------------------------------------ theme (follows prefers-color-scheme)
  var theme = {};
  function readTheme() {
    var style = getComputedStyle(document.documentElement);
    ["bg", "text", "muted", "line", "accent", "path", "halo", "node-border", "focus"].forEach(function (k) {
      theme[k] = style.getPropertyValue("--" + k).trim();
    });
  }
  readTheme();

  // ------------------------------------------------------------------ layout
  function rng(seed) {
    return function () {
      seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* ForceAtlas2 (Jacomy et al. 2014) on one connected piece: repulsion by degree, linear
   * attraction, gravity, adaptive speed; Barnes-Hut above 300 nodes. Deterministic (seeded). */
  function forceAtlas2(count, src, dst, seed) {
    var x = new Float64Array(count), y = new Float64Array(count), mass = new Float64Array(count);
    var dx = new Float64Array(count), dy = new Float64Array(count), odx = new Float64Array(count), ody = new Float64Array(count);
    var random = rng(seed), spread = Math.sqrt(count) * 20;
    for (var i = 0; i < count; i++) { x[i] = (random() - 0.5) * spread; y[i] = (random() - 0.5) * spread; mass[i] = 1; }
    for (var e = 0; e < src.length; e++) { mass[src[e]] += 1; mass[dst[e]] += 1; }
    var kr = 2, gravity = 1, speed = 1, efficiency = 1, theta = 1.2;
    var iterations = count < 100 ? 400 : count < 600 ? 250 : count < 2500 ? 160 : 100;
    var useTree = count > 300;
    // quadtree in flat arrays: a child slot holds -1 (empty), a cell index, or -2 - body
    var cap = 8 * count + 8;
    var cx = new Float64Array(cap), cy = new Float64Array(cap), cs = new Float64Array(cap);
    var cm = new Float64Array(cap), cmx = new Float64Array(cap), cmy = new Float64Array(cap), child = new Int32Array(4 * cap);
    var cells = 0;
    function newCell(x0, y0, size) {
      cx[cells] = x0; cy[cells] = y0; cs[cells] = size; cm[cells] = 0; cmx[cells] = 0; cmy[cells] = 0;
      child[4 * cells] = child[4 * cells + 1] = child[4 * cells + 2] = child[4 * cells + 3] = -1;
      return cells++;
    }
    function quadrant(c, px, py) {
      var h = cs[c] / 2;
      return (px >= cx[c] + h ? 1 : 0) + (py >= cy[c] + h ? 2 : 0);
    }
    function insert(body) {
      var c = 0, depth = 0, px = x[body], py = y[body];
      for (;;) {
        cm[c] += mass[body]; cmx[c] += px * mass[body]; cmy[c] += py * mass[body];
        var q = quadrant(c, px, py), slot = 4 * c + q, held = child[slot];
        if (held === -1) { child[slot] = -2 - body; return; }
        if (held >= 0) { c = held; depth++; continue; }
        var other = -2 - held;
        if (depth > 40 || cells + 2 >= cap) { // same place: lump together (the cell keeps both masses)
          return;
        }
        var h = cs[c] / 2, sub = newCell(cx[c] + (q & 1 ? h : 0), cy[c] + (q & 2 ? h : 0), h);
        child[slot] = sub;
        cm[sub] = mass[other]; cmx[sub] = x[other] * mass[other]; cmy[sub] = y[other] * mass[other];
        child[4 * sub + quadrant(sub, x[other], y[other])] = -2 - other;
        c = sub; depth++;
      }
    }
    var stack = new Int32Array(4 * cap);
    function repelTree(i) {
      var top = 0;
      stack[top++] = 0;
      while (top > 0) {
        var c = stack[--top];
        for (var q = 0; q < 4; q++) {
          var held = child[4 * c + q];
          if (held === -1) continue;
          var ox, oy, om;
          if (held < -1) {
            var j = -2 - held;
            if (j === i) continue;
            ox = x[j]; oy = y[j]; om = mass[j];
          } else {
            ox = cmx[held] / cm[held]; oy = cmy[held] / cm[held];
            var ddx = x[i] - ox, ddy = y[i] - oy, d2 = ddx * ddx + ddy * ddy;
            if (cs[held] * cs[held] >= theta * theta * d2) { stack[top++] = held; continue; }
            om = cm[held];
          }
          var rx = x[i] - ox, ry = y[i] - oy, dist2 = rx * rx + ry * ry;
          if (dist2 < 1e-6) { rx = 0.01 * (i % 7 - 3); ry = 0.01 * (i % 5 - 2); dist2 = rx * rx + ry * ry; }
          var f = kr * mass[i] * om / dist2;
          dx[i] += rx * f; dy[i] += ry * f;
        }
      }
    }
    for (var it = 0; it < iterations; it++) {
      for (i = 0; i < count; i++) { odx[i] = dx[i]; ody[i] = dy[i]; dx[i] = 0; dy[i] = 0; }
      if (useTree) {
        var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
        for (i = 0; i < count; i++) {
          if (x[i] < minX) minX = x[i]; if (x[i] > maxX) maxX = x[i];
          if (y[i] < minY) minY = y[i]; if (y[i] > maxY) maxY = y[i];
        }
        cells = 0;
        newCell(minX - 1, minY - 1, Math.max(maxX - minX, maxY - minY) + 2);
        for (i = 0; i < count; i++) insert(i);
        for (i = 0; i < count; i++) repelTree(i);
      } else {
        for (i = 0; i < count; i++) {
          for (var j = i + 1; j < count; j++) {
            var rx = x[i] - x[j], ry = y[i] - y[j], d2 = rx * rx + ry * ry;
            if (d2 < 1e-6) { rx = 0.01 * ((i + j) % 7 - 3); ry = 0.01 * ((i * j) % 5 - 2); d2 = rx * rx + ry * ry; }
            var f = kr * mass[i] * mass[j] / d2;
            dx[i] += rx * f; dy[i] += ry * f; dx[j] -= rx * f; dy[j] -= ry * f;
          }
        }
      }
      for (i = 0; i < count; i++) {
        var d = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
        if (d > 0) { var g = gravity * mass[i] / d; dx[i] -= x[i] * g; dy[i] -= y[i] * g; }
      }
      for (e = 0; e < src.length; e++) {
        var a = src[e], b = dst[e], ax = x[a] - x[b], ay = y[a] - y[b];
        dx[a] -= ax; dy[a] -= ay; dx[b] += ax; dy[b] += ay;
      }
      // adaptive speed (FA2's "swinging" and "traction")
      var swinging = 0, traction = 0;
      for (i = 0; i < count; i++) {
        var sx = odx[i] - dx[i], sy = ody[i] - dy[i], tx = odx[i] + dx[i], ty = ody[i] + dy[i];
        swinging += mass[i] * Math.sqrt(sx * sx + sy * sy);
        traction += 0.5 * mass[i] * Math.sqrt(tx * tx + ty * ty);
      }
      var jitter = Math.sqrt(count) * 0.05;
      var tolerance = Math.max(Math.sqrt(jitter), Math.min(10, jitter * traction / (count * count)));
      if (swinging / traction > 2 && efficiency > 0.05) { efficiency *= 0.5; tolerance = Math.max(tolerance, 1); }
      var target = swinging > 0 ? tolerance * efficiency * traction / swinging : speed;
      if (swinging > tolerance * traction) { if (efficiency > 0.05) efficiency *= 0.7; }
      else if (speed < 1000) efficiency *= 1.3;
      speed = speed + Math.min(target - speed, 0.5 * speed);
      for (i = 0; i < count; i++) {
        var swx = odx[i] - dx[i], swy = ody[i] - dy[i];
        var sw = mass[i] * Math.sqrt(swx * swx + swy * swy);
        var factor = speed / (1 + Math.sqrt(speed * sw));
        var step = factor * Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (step > spread) factor *= spread / step;
        x[i] += dx[i] * factor; y[i] += dy[i] * factor;
      }
    }
    return { x: x, y: y };
  }

  /* Push apart concepts whose dots overlap (a few rounds over a grid). */
  function separate(ids, px, py, pad) {
    var cell = 0;
    ids.forEach(function (i) { cell = Math.max(cell, 2 * radius[i] + pad); });
    for (var round = 0; round < 12; round++) {
      var grid = new Map();
      ids.forEach(function (i) {
        var key = Math.floor(px[i] / cell) + "," + Math.floor(py[i] / cell);
        var list = grid.get(key);
        if (list) list.push(i); else grid.set(key, [i]);
      });
      var moved = false;
      ids.forEach(function (i) {
        var gx = Math.floor(px[i] / cell), gy = Math.floor(py[i] / cell);
        for (var ox = -1; ox <= 1; ox++) for (var oy = -1; oy <= 1; oy++) {
          var list = grid.get((gx + ox) + "," + (gy + oy));
          if (!list) continue;
          for (var t = 0; t < list.length; t++) {
            var j = list[t];
            if (j <= i) continue;
            var ddx = px[j] - px[i], ddy = py[j] - py[i], d = Math.sqrt(ddx * ddx + ddy * ddy), need = radius[i] + radius[j] + pad;
            if (d < need) {
              if (d < 1e-6) { ddx = 1; ddy = 0; d = 1; }
              var push = (need - d) / 2;
              px[i] -= ddx / d * push; py[i] -= ddy / d * push; px[j] += ddx / d * push; py[j] += ddy / d * push;
              moved = true;
            }
          }
        }
      });
      if (!moved) break;
    }
  }

  /* Every connected piece laid out on its own at the same edge length, then packed in rows
   * (largest first); concepts with no relation shown go in a grid, by class: no ring of loose nodes. */
  function layout() {
    var px = new Float64Array(n), py = new Float64Array(n);
    var parent = new Int32Array(n);
    for (var i = 0; i < n; i++) parent[i] = i;
    function find(a) { while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; } return a; }
    for (var k = 0; k < m; k++) if (onstage[eFrom[k]] && onstage[eTo[k]]) parent[find(eFrom[k])] = find(eTo[k]);
    var pieces = new Map(), loose = [];
    for (i = 0; i < n; i++) {
      if (!onstage[i]) continue;
      if (!adj[i].some(function (e) { return onstage[eFrom[e]] && onstage[eTo[e]] && eFrom[e] !== eTo[e]; })) { loose.push(i); continue; }
      var root = find(i);
      if (!pieces.has(root)) pieces.set(root, []);
      pieces.get(root).push(i);
    }
    var EDGE = 110, boxes = [];
    pieces.forEach(function (ids) {
      var local = new Map();
      ids.forEach(function (id, j) { local.set(id, j); });
      var src = [], dst = [], seen = new Set();
      ids.forEach(function (id) {
        adj[id].forEach(function (e) {
          var a = local.get(eFrom[e]), b = local.get(eTo[e]);
          if (a === undefined || b === undefined || a === b) return;
          var key = Math.min(a, b) * ids.length + Math.max(a, b);
          if (seen.has(key)) return;
          seen.add(key); src.push(a); dst.push(b);
        });
      });
      var result = forceAtlas2(ids.length, src, dst, 1 + ids.length);
      var lengths = src.map(function (a, e) { return Math.hypot(result.x[a] - result.x[dst[e]], result.y[a] - result.y[dst[e]]); });
      lengths.sort(function (a, b) { return a - b; });
      var scale = EDGE / Math.max(1e-6, lengths[lengths.length >> 1] || EDGE);
      ids.forEach(function (id, j) { px[id] = result.x[j] * scale; py[id] = result.y[j] * scale; });
      // room for the dots and their labels: a dense piece spreads out beyond its edge length
      var need = 0, b0 = box(ids);
      ids.forEach(function (id) { need += Math.pow(2 * radius[id] + 40, 2); });
      var grow = Math.sqrt(need / Math.max(1, b0.w * b0.h));
      if (grow > 1) ids.forEach(function (id) { px[id] *= grow; py[id] *= grow; });
      separate(ids, px, py, ids.length < 300 ? 26 : 8); // a small graph can afford room for its labels
      boxes.push(box(ids));
    });
    if (loose.length) {
      loose.sort(function (a, b) { return NODES[a].c - NODES[b].c || (label(a) < label(b) ? -1 : 1); });
      var cols = Math.ceil(Math.sqrt(loose.length * 2)), cell = 90;
      loose.forEach(function (id, j) { px[id] = (j % cols) * cell; py[id] = Math.floor(j / cols) * cell * 0.6; });
      boxes.push(box(loose));
    }
    function box(ids) {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      ids.forEach(function (id) {
        x0 = Math.min(x0, px[id] - radius[id]); x1 = Math.max(x1, px[id] + radius[id]);
        y0 = Math.min(y0, py[id] - radius[id]); y1 = Math.max(y1, py[id] + radius[id]);
      });
      return { ids: ids, x0: x0, y0: y0, w: x1 - x0, h: y1 - y0 };
    }
    boxes.sort(function (a, b) { return b.w * b.h - a.w * a.h; });
    var area = boxes.reduce(function (s, b) { return s + (b.w + 60) * (b.h + 60); }, 0);
    var width = Math.max(boxes.length ? boxes[0].w : 0, Math.sqrt(area) * 1.5), gap = 60;
    var cursorX = 0, cursorY = 0, rowH = 0;
    boxes.forEach(function (b) {
      if (cursorX > 0 && cursorX + b.w > width) { cursorX = 0; cursorY += rowH + gap; rowH = 0; }
      var ox = cursorX - b.x0, oy = cursorY - b.y0;
      b.ids.forEach(function (id) { px[id] += ox; py[id] += oy; });
      cursorX += b.w + gap; rowH = Math.max(rowH, b.h);
    });
    return { x: px, y: py };
  }

  var layoutStarted = performance.now();
  var pos;
  if (DATA.hierarchical) {
    pos = { x: new Float64Array(n), y: new Float64Array(n) };
    NODES.forEach(function (d, i) { pos.x[i] = d.x || 0; pos.y[i] = d.y || 0; });
  } else {
    pos = layout();
  }
  var layoutMs = performance.now() - layoutStarted;

  // ------------------------------------------------------------------ state
  var S = {
    sel: -1, quiet: false, edge: -1, plan: -1, depth: DEFAULT_DEPTH, hideLow: false,
    hideClass: Object.create(null), hideRel: Object.create(null), hover: -1, hoverEdge: -1, flash: -1
  };
  var shown = new Uint8Array(n), eShown = new Uint8Array(m);
  var emph = new Uint8Array(n); // 0 plain, 1 dimmed, 2 highlighted, 3 the selection or the plan's target
  var eEmph = new Uint8Array(m); // 0 plain, 1 dimmed, 2 highlighted, 3 on the study path
  var stepOf = new Int32Array(n); // 1-based step in the plan shown, 0 when none
  var focused = false, edgeOrder = [];

  function planSteps(t) { return t >= 0 ? PLANS[t] || [] : []; }

  function recompute() {
    for (var i = 0; i < n; i++) shown[i] = onstage[i] && !S.hideClass[NODES[i].c] ? 1 : 0;
    function edgeOk(k) { return !S.hideRel[eRel[k]] && !(S.hideLow && eLow[k]); }
    if (S.depth > 0 && S.sel >= 0 && shown[S.sel]) {
      var dist = new Int32Array(n).fill(-1), queue = [S.sel];
      dist[S.sel] = 0;
      for (var h = 0; h < queue.length; h++) {
        var a = queue[h];
        if (dist[a] >= S.depth) continue;
        adj[a].forEach(function (k) {
          if (!edgeOk(k)) return;
          var b = eFrom[k] === a ? eTo[k] : eFrom[k];
          if (shown[b] && dist[b] < 0) { dist[b] = dist[a] + 1; queue.push(b); }
        });
      }
      for (i = 0; i < n; i++) if (dist[i] < 0) shown[i] = 0;
    }
    for (var k = 0; k < m; k++) eShown[k] = shown[eFrom[k]] && shown[eTo[k]] && edgeOk(k) ? 1 : 0;
    stepOf.fill(0);
    focused = false;
    emph.fill(0); eEmph.fill(0);
    if (S.plan >= 0) {
      focused = true;
      emph.fill(1); eEmph.fill(1);
      emph[S.plan] = 3;
      planSteps(S.plan).forEach(function (step, j) {
        stepOf[step[0]] = j + 1;
        emph[step[0]] = 2;
        if (step[2] >= 0) eEmph[step[2]] = 3;
      });
      if (S.sel >= 0 && S.sel !== S.plan) emph[S.sel] = 3;
    } else if (S.sel >= 0 && !S.quiet) {
      focused = true;
      emph.fill(1); eEmph.fill(1);
      emph[S.sel] = 3;
      adj[S.sel].forEach(function (k) {
        if (!eShown[k]) return;
        eEmph[k] = 2;
        var other = eFrom[k] === S.sel ? eTo[k] : eFrom[k];
        if (emph[other] < 2) emph[other] = 2;
      });
    } else if (S.edge >= 0) {
      focused = true;
      emph.fill(1); eEmph.fill(1);
      eEmph[S.edge] = 3; emph[eFrom[S.edge]] = 2; emph[eTo[S.edge]] = 2;
    }
    // draw order: dimmed first, highlighted last; grouped by relation to change the pen less
    edgeOrder = [];
    for (k = 0; k < m; k++) if (eShown[k]) edgeOrder.push(k);
    edgeOrder.sort(function (a, b) { return eEmph[a] - eEmph[b] || eLow[b] - eLow[a] || eRel[a] - eRel[b]; });
    window.kgHighlighted = [];
    if (focused) for (i = 0; i < n; i++) if (emph[i] >= 2) window.kgHighlighted.push(NODES[i].id);
  }

  // ------------------------------------------------------------------ vis-network: camera, dragging, hit-testing
  var container = document.getElementById("graph");
  var visNodes = new vis.DataSet(NODES.map(function (d, i) { return { id: d.id, x: pos.x[i], y: pos.y[i] }; }));
  var shownBefore = new Uint8Array(n);
  var nodeView = new vis.DataView(visNodes, { filter: function (item) { return shown[byId[item.id]] === 1; } });

  function nodeRenderer(p) {
    var i = byId[p.id], r = radius[i];
    return {
      drawNode: function () { drawNode(p.ctx, i, p.x, p.y, p.state); },
      nodeDimensions: { width: 2 * r, height: 2 * r }
    };
  }
  recompute();
  shownBefore.set(shown);
  var network = new vis.Network(container, { nodes: nodeView, edges: new vis.DataSet([]) }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { shape: "custom", ctxRenderer: nodeRenderer, chosen: false },
    interaction: {
      hover: true, tooltipDelay: 3600000, keyboard: false, multiselect: false,
      selectConnectedEdges: false, hoverConnectedEdges: false, zoomSpeed: 0.8
    }
  });
  window.kgNetwork = network;
  window.kgNodes = visNodes;
  var body = network.body;
  function scaleNow() { return body.view.scale; }
  function visNode(i) { return body.nodes[NODES[i].id]; }
  function where(i) { var v = visNode(i); return v ? { x: v.x, y: v.y } : { x: pos.x[i], y: pos.y[i] }; }

  /* Keep what vis-network shows in step with `shown`; a concept that comes back comes back where it was. */
  function syncShown() {
    var back = [], changed = false;
    for (var i = 0; i < n; i++) {
      if (shownBefore[i] && !shown[i]) {
        var v = visNode(i);
        if (v) { pos.x[i] = v.x; pos.y[i] = v.y; }
        changed = true;
      } else if (!shownBefore[i] && shown[i]) {
        back.push({ id: NODES[i].id, x: pos.x[i], y: pos.y[i] });
        changed = true;
      }
    }
    if (back.length) visNodes.update(back);
    shownBefore.set(shown);
    if (changed) nodeView.refresh();
  }
  function update() { recompute(); syncShown(); network.redraw(); }

  // ------------------------------------------------------------------ drawing
  function alphaOf(e) { return e === 1 ? 0.16 : 1; }

  function drawNode(ctx, i, x, y, state) {
    var scale = scaleNow(), px = 1 / scale, r = radius[i], e = focused ? emph[i] : 0;
    ctx.globalAlpha = e === 1 ? 0.18 : 1;
    ctx.fillStyle = classColor(i);
    if (r * scale < 1.5) { ctx.fillRect(x - r, y - r, 2 * r, 2 * r); ctx.globalAlpha = 1; return; }
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
    if (r * scale >= 3) {
      ctx.lineWidth = px;
      ctx.strokeStyle = theme["node-border"];
      ctx.globalAlpha *= 0.55;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    var ring = 0, color = theme.accent;
    if (e === 3 || i === S.sel) { ring = 3; }
    else if (stepOf[i]) { ring = 2; color = theme.path; }
    else if (i === S.flash || state.hover || i === S.hover) { ring = 2; color = theme.focus; }
    if (i === S.flash) { ring = 3; color = theme.focus; }
    if (ring) {
      ctx.beginPath();
      ctx.arc(x, y, r + (ring / 2 + 1) * px, 0, 2 * Math.PI);
      ctx.lineWidth = ring * px;
      ctx.strokeStyle = color;
      ctx.stroke();
    }
  }

  function viewBox() {
    var canvas = network.canvas.frame.canvas, scale = scaleNow(), t = body.view.translation;
    return { x0: -t.x / scale, y0: -t.y / scale, x1: (canvas.clientWidth - t.x) / scale, y1: (canvas.clientHeight - t.y) / scale };
  }

  /* The geometry of relation k: ends, and the control point when parallel relations curve apart. */
  function geometry(k, a, b, scale) {
    var g = { ax: a.x, ay: a.y, bx: b.x, by: b.y, curved: false, cx: 0, cy: 0, skip: false };
    if (eParN[k] > 1) {
      var dx = (b.x - a.x) * eFlip[k], dy = (b.y - a.y) * eFlip[k], len = Math.sqrt(dx * dx + dy * dy) || 1;
      var apart = Math.min(14 / scale, 0.22 * len);
      if (apart * scale < 2.5) {
        g.skip = ePar[k] !== -(eParN[k] - 1) / 2; // too small to tell apart: one line stands for all
      } else if (ePar[k] !== 0) {
        var off = 2 * ePar[k] * apart;
        g.curved = true;
        g.cx = (a.x + b.x) / 2 - dy / len * off;
        g.cy = (a.y + b.y) / 2 + dx / len * off;
      }
    }
    return g;
  }
  function midpoint(g) {
    if (!g.curved) return { x: (g.ax + g.bx) / 2, y: (g.ay + g.by) / 2 };
    return { x: 0.25 * g.ax + 0.5 * g.cx + 0.25 * g.bx, y: 0.25 * g.ay + 0.5 * g.cy + 0.25 * g.by };
  }

  function strokeRelation(ctx, g) {
    ctx.beginPath();
    ctx.moveTo(g.ax, g.ay);
    if (g.curved) ctx.quadraticCurveTo(g.cx, g.cy, g.bx, g.by);
    else ctx.lineTo(g.bx, g.by);
    ctx.stroke();
  }

  /* An arrow head (or a bar) touching the dot at (tx, ty), coming from (fx, fy). */
  function head(ctx, kind, fx, fy, tx, ty, r, px) {
    var dx = tx - fx, dy = ty - fy, len = Math.sqrt(dx * dx + dy * dy) || 1;
    dx /= len; dy /= len;
    var size = 8 * px, ex = tx - dx * (r + 1.5 * px), ey = ty - dy * (r + 1.5 * px);
    ctx.beginPath();
    if (kind === "bar") {
      ctx.setLineDash([]);
      ctx.moveTo(ex - dy * size * 0.6, ey + dx * size * 0.6);
      ctx.lineTo(ex + dy * size * 0.6, ey - dx * size * 0.6);
      ctx.stroke();
      return;
    }
    ctx.moveTo(ex, ey);
    ctx.lineTo(ex - dx * size - dy * size * 0.45, ey - dy * size + dx * size * 0.45);
    ctx.lineTo(ex - dx * size + dy * size * 0.45, ey - dy * size - dx * size * 0.45);
    ctx.closePath();
    ctx.fill();
  }

  var pen = { alpha: -1, color: "", width: -1, dash: null };
  function setPen(ctx, alpha, color, width, dash) {
    if (pen.alpha !== alpha) { ctx.globalAlpha = alpha; pen.alpha = alpha; }
    if (pen.color !== color) { ctx.strokeStyle = color; ctx.fillStyle = color; pen.color = color; }
    if (pen.width !== width) { ctx.lineWidth = width; pen.width = width; }
    if (pen.dash !== dash) { ctx.setLineDash(dash || []); pen.dash = dash; }
  }
  var dashCache = Object.create(null);
  function dashes(style, px) {
    if (!style.dashes) return null;
    var key = style.name + " " + px;
    return dashCache[key] || (dashCache[key] = style.dashes.map(function (d) { return d * px; }));
  }

  /* One relation as the legend describes it; `plain`: the overview of a dense view (a thin line). */
  function drawRelation(ctx, k, g, scale, px, emphasis, low, plain) {
    var style = relStyle(eRel[k]);
    var width = style.width || 1; // screen pixels at any zoom: a one-pixel line is the cheap one to draw
    var color = style.color;
    if (emphasis === 3) { width = Math.max(width, 3.5); color = theme.path; }
    else if (emphasis === 2) width = Math.max(width, 2);
    var alpha = (emphasis === 1 ? 0.12 : 0.85) * (low ? 0.4 : 1);
    if (plain) { setPen(ctx, alpha, color, px, null); strokeRelation(ctx, g); return; }
    setPen(ctx, alpha, color, width * px, dashes(style, px));
    strokeRelation(ctx, g);
    var kind = arrowsOf(eRel[k]);
    if (kind === "none") return;
    var screen = Math.hypot(g.bx - g.ax, g.by - g.ay) * scale;
    if (screen < 26 && emphasis < 2) return;
    setPen(ctx, alpha, color, width * px, null);
    var fromX = g.curved ? g.cx : g.ax, fromY = g.curved ? g.cy : g.ay;
    head(ctx, kind === "bar" ? "bar" : "arrow", fromX, fromY, g.bx, g.by, radius[eTo[k]], px);
    if (kind === "both") {
      var backX = g.curved ? g.cx : g.bx, backY = g.curved ? g.cy : g.by;
      head(ctx, "arrow", backX, backY, g.ax, g.ay, radius[eFrom[k]], px);
    }
  }

  // More relations than this in view: the overview (one thin line per pair of concepts, no dashes or
  // heads) except for the highlighted ones; zooming in or selecting shows each relation as the legend says.
  var DENSE = 3000;
  var drawnGeometry = new Array(m), inView = [], denseView = false;
  function drawRelations(ctx) {
    var scale = scaleNow(), px = 1 / scale, view = viewBox(), margin = 40 * px;
    ctx.save();
    ctx.lineCap = "butt";
    pen = { alpha: -1, color: "", width: -1, dash: null };
    inView.length = 0;
    for (var j = 0; j < edgeOrder.length; j++) {
      var k = edgeOrder[j];
      drawnGeometry[k] = null;
      var a = visNode(eFrom[k]), b = visNode(eTo[k]);
      if (!a || !b) continue;
      var g = geometry(k, a, b, scale);
      if (g.skip) continue;
      var minX = Math.min(g.ax, g.bx, g.curved ? g.cx : g.ax), maxX = Math.max(g.ax, g.bx, g.curved ? g.cx : g.ax);
      var minY = Math.min(g.ay, g.by, g.curved ? g.cy : g.ay), maxY = Math.max(g.ay, g.by, g.curved ? g.cy : g.ay);
      if (maxX < view.x0 - margin || minX > view.x1 + margin || maxY < view.y0 - margin || minY > view.y1 + margin) continue;
      drawnGeometry[k] = g;
      inView.push(k);
    }
    var wasDense = denseView;
    denseView = inView.length > DENSE;
    if (denseView !== wasDense) document.getElementById("dense-note").hidden = !denseView;
    for (j = 0; j < inView.length; j++) {
      k = inView[j];
      g = drawnGeometry[k];
      var e = focused ? eEmph[k] : 0;
      if (k === S.hoverEdge && e < 2) e = 2;
      var plain = denseView && e < 2;
      if (plain && eParN[k] > 1) {
        if (ePar[k] !== -(eParN[k] - 1) / 2) { drawnGeometry[k] = null; continue; }
        g.curved = false;
      }
      drawRelation(ctx, k, g, scale, px, e, eLow[k], plain);
    }
    ctx.restore();
  }

  // labels: screen-space, the most important first, none overlapping another
  var measureCache = new Map();
  function textWidth(ctx, text, font) {
    var key = font + "\u0000" + text, w = measureCache.get(key);
    if (w === undefined) { ctx.font = font; w = ctx.measureText(text).width; measureCache.set(key, w); }
    return w;
  }
  function Placer(width, height) {
    this.cell = 48; this.grid = new Map(); this.count = 0;
    this.max = Math.max(15, Math.round(width * height / 16000));
  }
  Placer.prototype.fits = function (x0, y0, x1, y1) {
    var c = this.cell;
    for (var gx = Math.floor(x0 / c); gx <= Math.floor(x1 / c); gx++) {
      for (var gy = Math.floor(y0 / c); gy <= Math.floor(y1 / c); gy++) {
        var list = this.grid.get(gx * 100003 + gy);
        if (!list) continue;
        for (var t = 0; t < list.length; t++) {
          var r = list[t];
          if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) return false;
        }
      }
    }
    return true;
  };
  Placer.prototype.add = function (x0, y0, x1, y1) {
    var c = this.cell, rect = [x0, y0, x1, y1];
    for (var gx = Math.floor(x0 / c); gx <= Math.floor(x1 / c); gx++) {
      for (var gy = Math.floor(y0 / c); gy <= Math.floor(y1 / c); gy++) {
        var key = gx * 100003 + gy, list = this.grid.get(key);
        if (list) list.push(rect); else this.grid.set(key, [rect]);
      }
    }
    this.count++;
  };

  var FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif";
  var labelsDrawn = 0, edgeLabelsDrawn = 0;
  function drawLabels(ctx, sink) {
    var canvas = network.canvas.frame.canvas, ratio = network.canvas.pixelRatio || 1;
    var W = canvas.clientWidth, H = canvas.clientHeight, scale = scaleNow(), t = body.view.translation;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    var placer = new Placer(W, H), dots = new Placer(W, H);
    // the dots a label should not cover (the best-connected concepts' labels may: they come first)
    for (var o = 0; o < n; o++) {
      var ov = shown[o] ? visNode(o) : null;
      if (!ov) continue;
      var or = radius[o] * scale * 0.8, ox = ov.x * scale + t.x, oy = ov.y * scale + t.y;
      if (or >= 2 && ox > -or && ox < W + or && oy > -or && oy < H + or) dots.add(ox - or, oy - or, ox + or, oy + or);
    }
    var free = Math.max(10, Math.round(importance.length * 0.05));
    // always labelled: the selection, the plan's goal and its first steps; then the rest of what is
    // highlighted, then everything by importance, as long as labels do not overlap
    var order = [];
    if (S.sel >= 0) order.push(S.sel);
    if (S.plan >= 0) { order.push(S.plan); planSteps(S.plan).slice(0, 30).forEach(function (s) { order.push(s[0]); }); }
    if (S.flash >= 0) order.push(S.flash);
    var forced = order.length;
    if (S.plan >= 0) planSteps(S.plan).forEach(function (s) { order.push(s[0]); });
    if (focused) importance.forEach(function (i) { if (emph[i] >= 2) order.push(i); });
    var highlighted = order.length;
    importance.forEach(function (i) { if (!focused || scale >= 1.5 || emph[i] !== 1) order.push(i); });
    var seen = new Uint8Array(n);
    labelsDrawn = 0;
    for (var j = 0; j < order.length; j++) {
      var i = order[j];
      if (seen[i] || !shown[i]) continue;
      seen[i] = 1;
      var v = visNode(i);
      if (!v) continue;
      var sx = v.x * scale + t.x, sy = v.y * scale + t.y, r = radius[i] * scale;
      if (sx < -80 || sx > W + 80 || sy < -30 || sy > H + 30) continue;
      var must = j < forced, wanted = j < highlighted;
      if (!wanted && (placer.count >= placer.max || (r < 1.5 && j - highlighted > 20))) continue;
      var dim = focused && emph[i] === 1;
      var big = must || emph[i] >= 2;
      var size = big ? 13 : 12, font = (must ? "600 " : "") + size + "px " + FONT;
      var text = label(i);
      if (stepOf[i]) text = stepOf[i] + ". " + text;
      var w = textWidth(ctx, text, font), h = size + 3;
      // below the dot, else above, right, left; a label that must show takes "below" when nothing fits
      var spots = [[sx - w / 2 - 2, sy + r + 2], [sx - w / 2 - 2, sy - r - 2 - h], [sx + r + 3, sy - h / 2], [sx - r - 5 - w, sy - h / 2]];
      var spot = null;
      var rank = j - highlighted;
      for (var c = 0; c < spots.length && !spot; c++) {
        var x0 = spots[c][0], y0 = spots[c][1], x1 = x0 + w + 4, y1 = y0 + h;
        var onScreen = x0 >= 0 && x1 <= W && y0 >= 0 && y1 <= H;
        if (placer.fits(x0, y0, x1, y1) && (must || ((wanted || rank < free || dots.fits(x0, y0, x1, y1)) && onScreen))) spot = spots[c];
      }
      if (!spot) { if (!must) continue; spot = spots[0]; }
      placer.add(spot[0], spot[1], spot[0] + w + 4, spot[1] + h);
      var tx = spot[0] + 2 + w / 2, ty = spot[1] + 1;
      ctx.font = font;
      ctx.globalAlpha = dim ? 0.35 : 1;
      ctx.lineWidth = 3;
      ctx.strokeStyle = theme.halo;
      ctx.strokeText(text, tx, ty);
      ctx.fillStyle = theme.text;
      ctx.fillText(text, tx, ty);
      if (sink) sink(text, tx, ty, size, dim);
      labelsDrawn++;
    }
    // relation names: only when zoomed in (or for the relations of the selection)
    edgeLabelsDrawn = 0;
    var all = scale >= 0.9, some = focused && scale >= 0.45;
    if (all || some) {
      ctx.textBaseline = "middle";
      var budget = 250;
      for (var q = edgeOrder.length - 1; q >= 0 && budget > 0; q--) {
        var k = edgeOrder[q], g = drawnGeometry[k];
        if (!g) continue;
        var e = focused ? eEmph[k] : 0;
        if (!all && e < 2) continue;
        if (focused && e === 1) continue;
        var mid = midpoint(g), mx = mid.x * scale + t.x, my = mid.y * scale + t.y;
        if (mx < 0 || mx > W || my < 0 || my > H) continue;
        if (Math.hypot(g.bx - g.ax, g.by - g.ay) * scale < 60) continue;
        var name = relStyle(eRel[k]).name, f = "11px " + FONT, tw = textWidth(ctx, name, f);
        if (!placer.fits(mx - tw / 2 - 2, my - 7, mx + tw / 2 + 2, my + 7)) continue;
        placer.add(mx - tw / 2 - 2, my - 7, mx + tw / 2 + 2, my + 7);
        ctx.font = f;
        ctx.globalAlpha = eLow[k] ? 0.6 : 1;
        ctx.lineWidth = 3;
        ctx.strokeStyle = theme.halo;
        ctx.strokeText(name, mx, my);
        ctx.fillStyle = e === 3 ? theme.path : relStyle(eRel[k]).color;
        ctx.fillText(name, mx, my);
        edgeLabelsDrawn++;
        budget--;
      }
    }
    ctx.restore();
  }

  network.on("beforeDrawing", function (ctx) { drawRelations(ctx); });
  network.on("afterDrawing", function (ctx) {
    drawLabels(ctx);
    if (!window.kgReady) onFirstView();
  });

  // ------------------------------------------------------------------ panel
  var details = document.getElementById("details");
  var statusBox = document.getElementById("status");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null && text !== "") e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function status(text) { statusBox.textContent = text || ""; }

  function sourceLink(ref, line) {
    var src = ref >= 0 ? SOURCES[ref] : null;
    var text = (src ? src[0] : "?") + ":" + line;
    if (src && /^file:\/\/\//.test(src[1])) {
      var a = el("a", text, "src");
      a.href = src[1];
      a.target = "_blank";
      a.rel = "noopener";
      a.title = "Open the note file (the line is " + line + ")";
      return a;
    }
    return el("span", text, "src");
  }
  function conceptButton(i) {
    var b = el("button", label(i), "link");
    b.type = "button";
    if (NODES[i].off) b.title = "not drawn in this view";
    b.addEventListener("click", function () { if (!NODES[i].off) select(i, { camera: true, keepPlan: S.plan >= 0 }); });
    return b;
  }
  function confidenceBadge(k) {
    var c = EDGES[k][3];
    if (c === null || c === undefined) return null;
    var b = el("span", "confidence " + c.toFixed(2), "badge");
    if (eLow[k]) b.title = "unsure: below " + LOW;
    return b;
  }
  function sentenceList(k) {
    var list = el("div");
    EDGES[k][5].forEach(function (s) {
      var row = el("div", null, "sentence");
      row.appendChild(el("span", "“" + s[0] + "” "));
      row.appendChild(sourceLink(s[1], s[2]));
      list.appendChild(row);
    });
    var more = EDGES[k][4] - EDGES[k][5].length;
    if (more > 0) list.appendChild(el("div", "… and " + more + " more sentence" + (more > 1 ? "s" : ""), "sentence src"));
    if (!EDGES[k][5].length) list.appendChild(el("div", "no sentence recorded", "sentence src"));
    return list;
  }

  function planBox(t) {
    var box = el("section", null, "plan-box");
    box.id = "plan";
    var steps = planSteps(t);
    var head = el("h3", "Study before " + label(t));
    box.appendChild(head);
    if (DATA.known.length) {
      box.appendChild(el("div", "Known, left out: " + DATA.known.map(function (k) { return k.l; }).join(", "), "src"));
    }
    if (!steps.length) {
      box.appendChild(el("p", "Nothing in your notes is a prerequisite of " + label(t) + (DATA.known.length ? " that you do not know yet." : "."), "hint"));
      return box;
    }
    var list = el("ol", null, "plan");
    steps.forEach(function (step, j) {
      var i = step[0], li = el("li");
      li.dataset.iri = NODES[i].id;
      var b = conceptButton(i);
      if (i === S.sel) b.setAttribute("aria-current", "step");
      li.appendChild(b);
      li.appendChild(el("span", " " + className(i), "src"));
      if (step[1] >= 0) {
        var why = el("div", null, "why");
        var text = "for " + label(step[1]);
        if (step[2] >= 0) {
          var e = EDGES[step[2]];
          text += ": " + label(e[0]) + " " + RELS[e[2]].name + " " + label(e[1]);
          if (e[5].length) why.title = e[5][0][0];
        }
        why.textContent = text;
        li.appendChild(why);
      }
      if (step[3]) li.appendChild(el("div", "studied together with " + step[3].map(label).join(", "), "why"));
      if (NODES[i].off) li.appendChild(el("div", "not drawn in this view", "why"));
      list.appendChild(li);
    });
    box.appendChild(list);
    var goal = el("div", "then " + label(t) + " (goal)", "src");
    box.appendChild(goal);
    return box;
  }

  function relationGroups(i) {
    var groups = [], index = Object.create(null);
    adj[i].forEach(function (k) {
      var r = eRel[k], symmetric = arrowsOf(r) === "both" || arrowsOf(r) === "none";
      var out = eFrom[k] === i, key = r + (symmetric ? "" : out ? ">" : "<");
      if (!index[key]) {
        var name = RELS[r].name;
        var title = symmetric ? label(i) + " " + name + " …" : out ? label(i) + " " + name + " …" : "… " + name + " " + label(i);
        index[key] = { title: title, items: [], rel: r };
        groups.push(index[key]);
      }
      index[key].items.push(k);
    });
    groups.sort(function (a, b) { return b.items.length - a.items.length || a.rel - b.rel; });
    return groups;
  }

  function conceptCard(i) {
    var d = NODES[i], card = el("section");
    card.id = "concept";
    card.appendChild(el("h2", d.l));
    if (d.o) card.appendChild(el("div", d.o));
    card.appendChild(el("div", className(i) + " · " + degree[i] + " relation" + (degree[i] === 1 ? "" : "s"), "src"));
    if (d.a && d.a.length) card.appendChild(el("div", "also: " + d.a.join(", "), "src"));
    var actions = el("div", null, "actions");
    if (DATA.hasPlans && PLANS[i]) {
      var study = el("button", S.plan === i ? "Hide the plan" : "Study before this (" + PLANS[i].length + ")");
      study.type = "button";
      study.id = "study";
      study.addEventListener("click", function () { togglePlan(i); });
      actions.appendChild(study);
    }
    var local = el("label", null, "row");
    local.appendChild(el("span", "Local graph"));
    var slider = el("input");
    slider.type = "range"; slider.min = "0"; slider.max = "5"; slider.step = "1"; slider.value = String(S.depth);
    slider.id = "depth";
    slider.setAttribute("aria-label", "Local graph depth (0: whole graph)");
    var out = el("output", S.depth ? S.depth + (S.depth === 1 ? " step" : " steps") : "whole graph");
    slider.addEventListener("input", function () {
      S.depth = +slider.value;
      out.textContent = S.depth ? S.depth + (S.depth === 1 ? " step" : " steps") : "whole graph";
      update();
      fitTo(shownList());
    });
    local.appendChild(slider);
    local.appendChild(out);
    actions.appendChild(local);
    card.appendChild(actions);
    var groups = relationGroups(i);
    if (groups.length) {
      card.appendChild(el("h3", "Relations"));
      groups.forEach(function (g) {
        var h = el("h4", g.title);
        h.style.color = RELS[g.rel].color;
        card.appendChild(h);
        var list = el("ul", null, "rel");
        g.items.forEach(function (k) {
          var li = el("li");
          if (eLow[k]) li.className = "unsure";
          var other = eFrom[k] === i ? eTo[k] : eFrom[k];
          li.appendChild(conceptButton(other));
          var badge = confidenceBadge(k);
          if (badge) { li.appendChild(document.createTextNode(" ")); li.appendChild(badge); }
          li.appendChild(sentenceList(k));
          list.appendChild(li);
        });
        card.appendChild(list);
      });
    }
    if (d.q && d.q.length) {
      card.appendChild(el("h3", "Questions in your notes"));
      d.q.forEach(function (q) {
        var row = el("div", null, "q");
        row.appendChild(el("div", q[0]));
        row.appendChild(sourceLink(q[1], q[2]));
        card.appendChild(row);
      });
    }
    return card;
  }

  function edgeCard(k) {
    var e = EDGES[k], card = el("section");
    card.id = "relation";
    var h = el("h2");
    h.appendChild(conceptButton(e[0]));
    h.appendChild(document.createTextNode(" " + RELS[e[2]].name + " "));
    h.appendChild(conceptButton(e[1]));
    card.appendChild(h);
    var badge = confidenceBadge(k);
    if (badge) card.appendChild(badge);
    card.appendChild(el("h3", "Read from"));
    card.appendChild(sentenceList(k));
    return card;
  }

  function renderPanel() {
    details.replaceChildren();
    if (S.plan >= 0) details.appendChild(planBox(S.plan));
    if (S.sel >= 0) details.appendChild(conceptCard(S.sel));
    else if (S.edge >= 0) details.appendChild(edgeCard(S.edge));
    if (!details.firstChild) {
      details.appendChild(el("p", "Click a concept (or find it above) to see how it relates to others, the sentences behind each relation, its questions, and what to study before it.", "hint"));
    }
  }

  // ------------------------------------------------------------------ actions
  function shownList() { var out = []; for (var i = 0; i < n; i++) if (shown[i]) out.push(i); return out; }
  function fitAll() {
    network.fit({ animation: false, maxZoomLevel: 1.5 });
    network.moveTo({ scale: scaleNow() * 0.94 }); // room for the labels at the rim
  }
  function fitTo(list) {
    var ids = list.filter(function (i) { return shown[i]; }).map(function (i) { return NODES[i].id; });
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.6 });
  }
  function openPanel() { if (phone()) setPanel(true); }
  function select(i, opt) {
    opt = opt || {};
    S.sel = i; S.edge = -1; S.quiet = !!opt.quiet; S.flash = -1;
    if (!opt.keepPlan) S.plan = -1;
    update();
    renderPanel();
    if (i >= 0 && !opt.quiet) openPanel();
    if (i >= 0 && shown[i]) network.selectNodes([NODES[i].id]); else network.unselectAll();
    if (opt.camera && i >= 0 && shown[i]) {
      // on a phone the panel covers the lower part of the graph: centre the concept above it
      var sheet = phone() && !document.body.classList.contains("panel-closed") ? document.getElementById("panel").offsetHeight : 0;
      network.focus(NODES[i].id, { scale: Math.max(scaleNow(), 1.1), offset: { x: 0, y: -sheet / 2 }, animation: false });
    }
    window.kgFocused = i >= 0 ? NODES[i].id : null;
  }
  function selectEdge(k) {
    S.sel = -1; S.edge = k; S.plan = -1; S.quiet = false;
    network.unselectAll();
    update();
    renderPanel();
    openPanel();
  }
  function togglePlan(i) {
    if (S.plan === i) { S.plan = -1; update(); renderPanel(); return; }
    S.plan = i; S.sel = i; S.edge = -1; S.quiet = false;
    if (S.depth > 0) S.depth = 0;
    update();
    renderPanel();
    fitTo([i].concat(planSteps(i).map(function (s) { return s[0]; })));
    window.kgPlan = planSteps(i).map(function (s) { return NODES[s[0]].id; });
  }
  function reset() {
    S.sel = -1; S.edge = -1; S.plan = -1; S.depth = 0; S.flash = -1; S.quiet = false; S.hover = -1; S.hoverEdge = -1;
    window.kgFocused = null; window.kgPlan = null;
    network.unselectAll();
    update();
    renderPanel();
    fitAll();
    hideTooltip();
  }

  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) { select(byId[p.nodes[0]], { keepPlan: S.plan >= 0 && stepOf[byId[p.nodes[0]]] > 0 }); return; }
    var k = edgeAt(p.pointer.canvas);
    if (k >= 0) { selectEdge(k); return; }
    if (S.sel >= 0 || S.edge >= 0 || S.plan >= 0) { S.sel = -1; S.edge = -1; S.plan = -1; S.depth = 0; network.unselectAll(); update(); renderPanel(); }
  });
  network.on("doubleClick", function (p) { if (p.nodes.length && DATA.hasPlans) togglePlan(byId[p.nodes[0]]); });
  network.on("dragEnd", function (p) {
    p.nodes.forEach(function (id) { var i = byId[id], v = visNode(i); if (v) { pos.x[i] = v.x; pos.y[i] = v.y; } });
  });

  // ------------------------------------------------------------------ tooltips
  var tooltip = document.getElementById("tooltip");
  function showTooltip(dom, build) {
    tooltip.replaceChildren();
    build(tooltip);
    tooltip.hidden = false;
    var W = container.clientWidth, H = container.clientHeight;
    var x = Math.min(dom.x + 14, W - tooltip.offsetWidth - 4), y = dom.y + 14;
    if (y + tooltip.offsetHeight > H) y = Math.max(0, dom.y - tooltip.offsetHeight - 10);
    tooltip.style.left = Math.max(0, x) + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  function nodeTip(i) {
    return function (box) {
      box.appendChild(el("strong", label(i)));
      if (NODES[i].o) box.appendChild(el("span", " / " + NODES[i].o));
      box.appendChild(el("div", className(i) + " · " + degree[i] + " relation" + (degree[i] === 1 ? "" : "s") + (stepOf[i] ? " · step " + stepOf[i] : ""), "src"));
    };
  }
  function edgeTip(k) {
    return function (box) {
      var e = EDGES[k];
      box.appendChild(el("strong", label(e[0]) + " " + RELS[e[2]].name + " " + label(e[1])));
      if (e[3] !== null) box.appendChild(el("span", "  confidence " + e[3].toFixed(2), "src"));
      if (e[5].length) {
        box.appendChild(el("div", "“" + e[5][0][0] + "”"));
        var src = e[5][0][1] >= 0 ? SOURCES[e[5][0][1]][0] : "?";
        box.appendChild(el("div", src + ":" + e[5][0][2] + (e[4] > 1 ? " · " + e[4] + " sentences" : ""), "src"));
      }
    };
  }
  network.on("hoverNode", function (p) {
    var i = byId[p.node];
    S.hover = i; S.hoverEdge = -1;
    showTooltip(p.pointer.DOM, nodeTip(i));
  });
  network.on("blurNode", function () { S.hover = -1; hideTooltip(); });

  function distToSegment(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy, t = l2 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
    t = Math.max(0, Math.min(1, t));
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }
  function edgeAt(point) {
    var scale = scaleNow(), best = -1, bestD = 6 / scale;
    for (var j = edgeOrder.length - 1; j >= 0; j--) {
      var k = edgeOrder[j], g = drawnGeometry[k];
      if (!g || (focused && eEmph[k] === 1)) continue;
      var d;
      if (g.curved) { // the curve as four straight pieces (points at t = 1/4, 1/2, 3/4)
        var mid = midpoint(g);
        var q1 = { x: 0.5625 * g.ax + 0.375 * g.cx + 0.0625 * g.bx, y: 0.5625 * g.ay + 0.375 * g.cy + 0.0625 * g.by };
        var q3 = { x: 0.0625 * g.ax + 0.375 * g.cx + 0.5625 * g.bx, y: 0.0625 * g.ay + 0.375 * g.cy + 0.5625 * g.by };
        d = Math.min(distToSegment(point.x, point.y, g.ax, g.ay, q1.x, q1.y), distToSegment(point.x, point.y, q1.x, q1.y, mid.x, mid.y),
          distToSegment(point.x, point.y, mid.x, mid.y, q3.x, q3.y), distToSegment(point.x, point.y, q3.x, q3.y, g.bx, g.by));
      } else {
        d = distToSegment(point.x, point.y, g.ax, g.ay, g.bx, g.by);
      }
      if (d < bestD) { bestD = d; best = k; }
    }
    return best;
  }
  var pendingMove = null;
  container.addEventListener("mousemove", function (ev) {
    if (pendingMove) { pendingMove = ev; return; }
    pendingMove = ev;
    requestAnimationFrame(function () {
      var e = pendingMove;
      pendingMove = null;
      if (S.hover >= 0) return;
      var rect = container.getBoundingClientRect(), dom = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      var k = edgeAt(network.DOMtoCanvas(dom));
      if (k !== S.hoverEdge) {
        S.hoverEdge = k;
        network.redraw();
      }
      if (k >= 0) showTooltip(dom, edgeTip(k)); else hideTooltip();
    });
  });
  container.addEventListener("mouseleave", function () { if (S.hoverEdge >= 0) { S.hoverEdge = -1; network.redraw(); } hideTooltip(); });

  // ------------------------------------------------------------------ search: every label and alias, fuzzy
  function norm(text) { return String(text).normalize("NFKC").toLowerCase().replace(/[\s\-_.·・]+/g, ""); }
  var entries = [];
  NODES.forEach(function (d, i) {
    if (d.off) return;
    var names = [[d.l, 1]];
    if (d.o) names.push([d.o, 1]);
    (d.a || []).forEach(function (a) { names.push([a, 0]); });
    names.forEach(function (pair) { var k = norm(pair[0]); if (k) entries.push({ key: k, text: pair[0], i: i, pref: pair[1] }); });
  });
  function editDistance(a, b, limit) {
    // optimal string alignment (a swap of two neighbours is one edit); gives up past `limit`
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > limit) return limit + 1;
    var prev2 = null, prev = new Array(lb + 1), cur = new Array(lb + 1);
    for (var j = 0; j <= lb; j++) prev[j] = j;
    for (var i = 1; i <= la; i++) {
      cur[0] = i;
      var low = cur[0];
      for (j = 1; j <= lb; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < low) low = v;
      }
      if (low > limit) return limit + 1;
      prev2 = prev.slice(); var tmp = prev; prev = cur; cur = tmp;
    }
    return prev[lb];
  }
  function search(text, limit) {
    var key = norm(text);
    if (!key) return [];
    var best = new Map();
    entries.forEach(function (entry) {
      if (!shown[entry.i] && !onstage[entry.i]) return;
      var k = entry.key, score = 0;
      if (k === key) score = 100;
      else if (k.indexOf(key) === 0) score = 95 - Math.min(k.length - key.length, 20) * 0.1;
      else if (k.indexOf(key) > 0) score = 90 - Math.min(k.length - key.length, 40) * 0.1;
      else if (key.length >= 3) {
        var allowed = Math.max(1, Math.floor(key.length / 4));
        var d = editDistance(key, k, allowed);
        if (d <= allowed) score = 85 - 10 * d / key.length * 4;
        else if (k.length > key.length) { // a typo in the start of a longer name: "Transfomr" → "Transformer block"
          var head = editDistance(key, k.slice(0, key.length + 1), allowed);
          if (head <= allowed) score = 75 - 10 * head / key.length * 4;
        }
      }
      if (!score) return;
      score += entry.pref ? 0.5 : 0;
      var old = best.get(entry.i);
      if (!old || score > old.score) best.set(entry.i, { i: entry.i, score: score, text: entry.text });
    });
    var hits = Array.from(best.values());
    hits.sort(function (a, b) { return b.score - a.score || degree[b.i] - degree[a.i] || (label(a.i) < label(b.i) ? -1 : 1); });
    return hits.slice(0, limit || 8);
  }
  var box = document.getElementById("search"), list = document.getElementById("suggestions");
  var hits = [], active = -1;
  function showSuggestions() {
    list.replaceChildren();
    hits.forEach(function (h, j) {
      var li = el("li");
      li.id = "suggestion-" + j;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", j === active ? "true" : "false");
      li.appendChild(el("span", label(h.i)));
      var why = h.text !== label(h.i) ? h.text : NODES[h.i].o || "";
      li.appendChild(el("span", (why ? why + " · " : "") + className(h.i), "why"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); jump(h.i); });
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
    box.setAttribute("aria-expanded", hits.length ? "true" : "false");
    if (active >= 0) box.setAttribute("aria-activedescendant", "suggestion-" + active); else box.removeAttribute("aria-activedescendant");
  }
  function jump(i) {
    hits = []; active = -1; showSuggestions();
    if (!shown[i]) { S.hideClass[NODES[i].c] = false; syncClassBoxes(); S.depth = 0; }
    status("");
    select(i, { camera: true });
  }
  function clearSearch(resetView) {
    box.value = "";
    hits = []; active = -1; showSuggestions();
    status("");
    if (resetView) reset();
    else if (S.sel >= 0 && S.plan < 0) { select(-1); }
  }
  box.addEventListener("input", function () {
    if (!box.value.trim()) { clearSearch(false); return; }
    hits = search(box.value); active = hits.length ? 0 : -1;
    showSuggestions();
    status(hits.length ? "" : "no concept matches “" + box.value.trim() + "”");
  });
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      showSuggestions();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (!box.value.trim()) { clearSearch(false); return; }
      var found = hits.length ? hits : search(box.value);
      if (found.length) jump(found[Math.max(0, active)].i);
      else status("no concept matches “" + box.value.trim() + "”");
    } else if (ev.key === "Escape") {
      ev.preventDefault();
      ev.stopPropagation();
      clearSearch(true);
    }
  });
  box.addEventListener("blur", function () { setTimeout(function () { hits = []; active = -1; showSuggestions(); }, 150); });

  // ------------------------------------------------------------------ keyboard on the graph
  function neighbourToward(i, dx, dy) {
    var from = where(i), best = -1, bestScore = -Infinity;
    adj[i].forEach(function (k) {
      if (!eShown[k]) return;
      var j = eFrom[k] === i ? eTo[k] : eFrom[k];
      if (j === i) return;
      var p = where(j), vx = p.x - from.x, vy = p.y - from.y, d = Math.sqrt(vx * vx + vy * vy) || 1;
      var cos = (vx * dx + vy * dy) / d;
      if (cos < 0.35) return;
      var score = cos * 2 - d / 2000;
      if (score > bestScore) { bestScore = score; best = j; }
    });
    return best;
  }
  container.addEventListener("keydown", function (ev) {
    var dirs = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (dirs[ev.key]) {
      ev.preventDefault();
      if (S.sel < 0 || !shown[S.sel]) {
        var first = importance.find(function (i) { return shown[i]; });
        if (first !== undefined) select(first, { camera: true, keepPlan: S.plan >= 0 });
        return;
      }
      var next = neighbourToward(S.sel, dirs[ev.key][0], dirs[ev.key][1]);
      if (next >= 0) select(next, { camera: true, keepPlan: S.plan >= 0 && stepOf[next] > 0 });
      else status("no neighbour that way");
    } else if (ev.key === "Enter" && S.sel >= 0 && DATA.hasPlans) {
      ev.preventDefault();
      togglePlan(S.sel);
    } else if (ev.key === "+" || ev.key === "=") {
      ev.preventDefault();
      network.moveTo({ scale: scaleNow() * 1.3 });
    } else if (ev.key === "-") {
      ev.preventDefault();
      network.moveTo({ scale: scaleNow() / 1.3 });
    } else if (ev.key === "/") {
      ev.preventDefault();
      box.focus();
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== box) { ev.preventDefault(); clearSearch(true); }
  });

  // ------------------------------------------------------------------ legend and filters (drawn with the same code as the graph)
  var classCounts = new Int32Array(CLASSES.length), relationCounts = new Int32Array(RELS.length);
  NODES.forEach(function (d) { if (!d.off) classCounts[d.c]++; });
  EDGES.forEach(function (e) { relationCounts[e[2]]++; });
  var classBoxes = [];
  var classFilter = document.getElementById("class-filter");
  CLASSES.forEach(function (c, ci) {
    if (!classCounts[ci]) return;
    var row = el("label"), input = el("input");
    input.type = "checkbox"; input.checked = true; input.dataset.class = c.name;
    input.addEventListener("change", function () { S.hideClass[ci] = !input.checked; syncGeneric(); update(); });
    var swatch = el("span", null, "swatch");
    swatch.style.background = c.color;
    row.appendChild(input); row.appendChild(swatch); row.appendChild(el("span", c.name)); row.appendChild(el("span", String(classCounts[ci]), "count"));
    classFilter.appendChild(row);
    classBoxes.push([ci, input]);
  });
  function syncClassBoxes() { classBoxes.forEach(function (p) { p[1].checked = !S.hideClass[p[0]]; }); syncGeneric(); }
  var generic = document.getElementById("hide-generic");
  var genericIndex = CLASSES.findIndex(function (c) { return c.name === "Concept"; });
  if (genericIndex < 0 || !classCounts[genericIndex]) generic.disabled = true;
  function syncGeneric() { generic.checked = genericIndex >= 0 && !!S.hideClass[genericIndex]; }
  generic.addEventListener("change", function () {
    if (genericIndex < 0) return;
    S.hideClass[genericIndex] = generic.checked;
    syncClassBoxes();
    update();
  });
  var lowBox = document.getElementById("hide-low");
  document.getElementById("low-value").textContent = String(LOW);
  lowBox.addEventListener("change", function () { S.hideLow = lowBox.checked; update(); });

  var samples = [];
  var relationFilter = document.getElementById("relation-filter");
  RELS.forEach(function (r, ri) {
    var row = el("label"), input = el("input");
    input.type = "checkbox"; input.checked = true; input.dataset.relation = r.name;
    input.addEventListener("change", function () { S.hideRel[ri] = !input.checked; update(); });
    var sample = el("canvas", null, "sample");
    sample.setAttribute("role", "img");
    var kind = arrowsOf(ri);
    sample.setAttribute("aria-label", r.name + ": " + (r.dashes ? "dashed " : "solid ") + "line, " +
      (kind === "both" ? "arrows at both ends" : kind === "none" ? "no arrow" : kind === "bar" ? "a bar at the end (a negative)" : "arrow A → B"));
    samples.push([sample, ri]);
    row.appendChild(input); row.appendChild(sample);
    row.appendChild(el("span", r.name)); row.appendChild(el("span", String(relationCounts[ri]), "count"));
    relationFilter.appendChild(row);
  });
  function drawSamples() {
    samples.forEach(function (pair) {
      var canvas = pair[0], ratio = window.devicePixelRatio || 1;
      canvas.width = 44 * ratio; canvas.height = 14 * ratio;
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, 44, 14);
      var k = -1;
      for (var e = 0; e < m; e++) if (eRel[e] === pair[1]) { k = e; break; }
      var g = { ax: 3, ay: 7, bx: 41, by: 7, curved: false };
      // the same pen as the graph's: relStyle, dashes, heads (dots of radius 0 at the ends)
      var saved = [radius[eFrom[k]], radius[eTo[k]]];
      radius[eFrom[k]] = 0; radius[eTo[k]] = 0;
      var parN = eParN[k];
      eParN[k] = 1;
      pen = { alpha: -1, color: "", width: -1, dash: null };
      drawRelation(ctx, k, g, 1, 1, 0, 0, false);
      eParN[k] = parN;
      radius[eFrom[k]] = saved[0]; radius[eTo[k]] = saved[1];
    });
  }
  drawSamples();

  // ------------------------------------------------------------------ panel (collapsible), export
  var toggle = document.getElementById("panel-toggle");
  function phone() { return window.matchMedia("(max-width: 700px)").matches; }
  function setPanel(open) {
    document.body.classList.toggle("panel-closed", !open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    setTimeout(function () { network.redraw(); }, 0);
  }
  toggle.addEventListener("click", function () { setPanel(document.body.classList.contains("panel-closed")); });
  if (phone()) setPanel(false);
  document.getElementById("reset").addEventListener("click", function () { clearSearch(true); });

  function download(blob, name) {
    var url = URL.createObjectURL(blob), a = document.createElement("a");
    a.href = url; a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  function pngCanvas() {
    var src = network.canvas.frame.canvas, out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = theme.bg || "#fff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    return out;
  }
  function exportPNG() {
    network.redraw();
    pngCanvas().toBlob(function (blob) { download(blob, "kg-graph.png"); }, "image/png");
  }
  function exportSVG() {
    var NS = "http://www.w3.org/2000/svg", v = viewBox(), scale = scaleNow(), px = 1 / scale;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("xmlns", NS);
    svg.setAttribute("viewBox", [v.x0, v.y0, v.x1 - v.x0, v.y1 - v.y0].join(" "));
    svg.setAttribute("width", String(Math.round((v.x1 - v.x0) * scale)));
    svg.setAttribute("height", String(Math.round((v.y1 - v.y0) * scale)));
    svg.setAttribute("font-family", "system-ui, sans-serif");
    var bg = document.createElementNS(NS, "rect");
    bg.setAttribute("x", v.x0); bg.setAttribute("y", v.y0); bg.setAttribute("width", v.x1 - v.x0); bg.setAttribute("height", v.y1 - v.y0);
    bg.setAttribute("fill", theme.bg);
    svg.appendChild(bg);
    function inside(x, y) { return x >= v.x0 - 50 * px && x <= v.x1 + 50 * px && y >= v.y0 - 50 * px && y <= v.y1 + 50 * px; }
    edgeOrder.forEach(function (k) {
      var g = drawnGeometry[k];
      if (!g) return;
      var style = relStyle(eRel[k]), e = focused ? eEmph[k] : 0, path = document.createElementNS(NS, "path");
      path.setAttribute("d", "M" + g.ax + " " + g.ay + (g.curved ? " Q" + g.cx + " " + g.cy + " " : " L") + g.bx + " " + g.by);
      path.setAttribute("fill", "none");
      path.setAttribute("stroke", e === 3 ? theme.path : style.color);
      path.setAttribute("stroke-width", String((e === 3 ? 3.5 : e === 2 ? 2 : style.width || 1) * px));
      path.setAttribute("stroke-opacity", String((e === 1 ? 0.12 : 0.85) * (eLow[k] ? 0.4 : 1)));
      if (style.dashes) path.setAttribute("stroke-dasharray", style.dashes.map(function (d) { return d * px; }).join(" "));
      var title = document.createElementNS(NS, "title");
      title.textContent = label(eFrom[k]) + " " + style.name + " " + label(eTo[k]);
      path.appendChild(title);
      svg.appendChild(path);
      var kind = arrowsOf(eRel[k]);
      if (kind === "to" || kind === "both") {
        var fx = g.curved ? g.cx : g.ax, fy = g.curved ? g.cy : g.ay, dx = g.bx - fx, dy = g.by - fy, len = Math.hypot(dx, dy) || 1;
        dx /= len; dy /= len;
        var r = radius[eTo[k]] + 1.5 * px, s = 8 * px, ex = g.bx - dx * r, ey = g.by - dy * r;
        var tri = document.createElementNS(NS, "path");
        tri.setAttribute("d", "M" + ex + " " + ey + " L" + (ex - dx * s - dy * s * 0.45) + " " + (ey - dy * s + dx * s * 0.45) +
          " L" + (ex - dx * s + dy * s * 0.45) + " " + (ey - dy * s - dx * s * 0.45) + " Z");
        tri.setAttribute("fill", e === 3 ? theme.path : style.color);
        tri.setAttribute("fill-opacity", path.getAttribute("stroke-opacity"));
        svg.appendChild(tri);
      }
    });
    for (var i = 0; i < n; i++) {
      if (!shown[i]) continue;
      var p = where(i);
      if (!inside(p.x, p.y)) continue;
      var c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", p.x); c.setAttribute("cy", p.y); c.setAttribute("r", radius[i]);
      c.setAttribute("fill", classColor(i));
      c.setAttribute("fill-opacity", focused && emph[i] === 1 ? "0.18" : "1");
      c.setAttribute("stroke", theme["node-border"]); c.setAttribute("stroke-width", String(px)); c.setAttribute("stroke-opacity", "0.55");
      var t = document.createElementNS(NS, "title");
      t.textContent = label(i) + " (" + className(i) + ")";
      c.appendChild(t);
      svg.appendChild(c);
    }
    placedLabels().forEach(function (lab) {
      var text = document.createElementNS(NS, "text");
      text.setAttribute("x", lab.x); text.setAttribute("y", lab.y);
      text.setAttribute("font-size", String(lab.size * px));
      text.setAttribute("text-anchor", "middle");
      text.setAttribute("dominant-baseline", "hanging");
      text.setAttribute("fill", theme.text);
      text.setAttribute("stroke", theme.halo); text.setAttribute("stroke-width", String(3 * px)); text.setAttribute("paint-order", "stroke");
      if (lab.dim) text.setAttribute("fill-opacity", "0.35");
      text.textContent = lab.text;
      svg.appendChild(text);
    });
    var xml = new XMLSerializer().serializeToString(svg);
    download(new Blob([xml], { type: "image/svg+xml" }), "kg-graph.svg");
    return xml;
  }
  /* The labels the canvas shows now, in graph coordinates (for the SVG): the label pass, replayed. */
  function placedLabels() {
    var out = [], scale = scaleNow(), t = body.view.translation;
    var scratch = document.createElement("canvas").getContext("2d");
    drawLabels(scratch, function (text, x, y, size, dim) {
      out.push({ text: text, x: (x - t.x) / scale, y: (y - t.y) / scale, size: size, dim: dim });
    });
    return out;
  }
  document.getElementById("export-png").addEventListener("click", exportPNG);
  document.getElementById("export-svg").addEventListener("click", exportSVG);

  // ------------------------------------------------------------------ ready
  function onFirstView() {
    window.kgReady = true;
    window.kgFirstViewMs = Math.round(performance.now());
    window.kgStabilizedMs = Math.round(performance.now() - layoutStarted);
    status("");
  }
  fitAll();
  if (DATA.focus >= 0 && shown[DATA.focus]) select(DATA.focus, { quiet: true });
  renderPanel();
  network.redraw();

  /* Hooks for tests and benchmarks (the page works without them). */
  window.kg = {
    state: S,
    layoutMs: Math.round(layoutMs),
    select: function (iri) { select(byId[iri], { camera: true }); },
    plan: function (iri) { togglePlan(byId[iri]); return window.kgPlan; },
    search: function (text) { return search(text).map(function (h) { return NODES[h.i].id; }); },
    shownNodes: function () { return shownList().map(function (i) { return NODES[i].id; }); },
    shownEdges: function () { var c = 0; for (var k = 0; k < m; k++) c += eShown[k]; return c; },
    pathEdges: function () { var out = []; for (var k = 0; k < m; k++) if (eShown[k] && eEmph[k] === 3) out.push([NODES[eFrom[k]].id, RELS[eRel[k]].name, NODES[eTo[k]].id]); return out; },
    dimmed: function () { var out = []; if (focused) for (var i = 0; i < n; i++) if (shown[i] && emph[i] === 1) out.push(NODES[i].id); return out; },
    positions: function () { var out = {}; shownList().forEach(function (i) { var p = where(i); out[NODES[i].id] = [p.x, p.y]; }); return out; },
    relation: function (from, rel, to) {
      for (var k = 0; k < m; k++) {
        if (NODES[eFrom[k]].id !== from || RELS[eRel[k]].name !== rel || NODES[eTo[k]].id !== to) continue;
        var g = drawnGeometry[k];
        if (!g || !eShown[k]) return { shown: !!eShown[k], drawn: false, low: !!eLow[k] };
        var dom = network.canvasToDOM(midpoint(g)), points = [];
        [0.3, 0.4, 0.6, 0.7].forEach(function (t) {
          var cx = g.curved ? g.cx : (g.ax + g.bx) / 2, cy = g.curved ? g.cy : (g.ay + g.by) / 2;
          var u = 1 - t, p = { x: u * u * g.ax + 2 * u * t * cx + t * t * g.bx, y: u * u * g.ay + 2 * u * t * cy + t * t * g.by };
          points.push(network.canvasToDOM(p));
        });
        return { shown: true, drawn: true, curved: g.curved, x: dom.x, y: dom.y, points: points, low: !!eLow[k] };
      }
      return null;
    },
    hub: function () { var i = importance.find(function (j) { return shown[j]; }); return i === undefined ? null : NODES[i].id; },
    lowShown: function () { var c = 0; for (var k = 0; k < m; k++) c += eShown[k] && eLow[k]; return c; },
    labels: function () { return labelsDrawn; },
    edgeLabels: function () { return edgeLabelsDrawn; },
    concepts: conceptCount,
    exportSVG: exportSVG,
    pngDataURL: function () { network.redraw(); return pngCanvas().toDataURL("image/png"); },
    /* One full redraw, forced to the screen (getImageData waits for the pixels): median of `times` runs in ms. */
    redrawMs: function (times) {
      var ctx = network.canvas.getContext(), out = [];
      for (var j = 0; j < (times || 7); j++) {
        var t0 = performance.now();
        network.renderer._redraw();
        ctx.getImageData(0, 0, 1, 1);
        out.push(performance.now() - t0);
      }
      out.sort(function (a, b) { return a - b; });
      return out[out.length >> 1];
    }
  };
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () { readTheme(); drawSamples(); network.redraw(); });
})();
