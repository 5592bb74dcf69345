// The network drawn with sigma (WebGL); an SVG drawing of the same layout when WebGL is
// not available. Ties are coloured by direction and sized by volume; countries by bloc.
import { useEffect, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import { blocColour, DIRECTION_COLOUR } from './colours.ts';
import type { MapData, Tie } from './map-data.ts';

const tieSize = (t: Tie) => 1.5 + Math.min(8, Math.log2(1 + t.events + t.statements) * 1.6);
const nodeSize = (events: number) => 6 + Math.min(10, Math.sqrt(events) * 1.5);

export function NetworkGraph({ data, onTie, label }: { data: MapData; onTie: (t: Tie) => void; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [webgl, setWebgl] = useState(true);
  const [hover, setHover] = useState<Tie | null>(null);
  useEffect(() => {
    if (!webgl || !box.current) return;
    const g = new Graph({ type: 'undirected' });
    const narrow = box.current.clientWidth < 600;
    for (const p of data.places) g.addNode(p.id, { x: p.x, y: -p.y, size: nodeSize(p.events), color: blocColour(p.bloc), label: narrow ? p.id : `${p.name} (${p.id})` });
    const byEdge = new Map<string, Tie>();
    for (const t of data.ties) {
      if (!g.hasNode(t.a) || !g.hasNode(t.b) || g.hasEdge(t.a, t.b)) continue;
      const key = g.addEdge(t.a, t.b, { size: tieSize(t), color: DIRECTION_COLOUR[t.direction] ?? '#999', label: t.direction });
      byEdge.set(key, t);
    }
    let sigma: Sigma;
    try {
      sigma = new Sigma(g, box.current, { enableEdgeEvents: true, labelRenderedSizeThreshold: 0, labelSize: 13, labelWeight: '600', zIndex: true, minCameraRatio: 0.3, maxCameraRatio: 3, stagePadding: 30 });
    } catch {
      setWebgl(false);
      return;
    }
    // frame the bloc outlines too, not just the nodes
    if (data.hulls.length) {
      const xs = data.hulls.flatMap((h) => [h.x - h.r, h.x + h.r]).concat(data.places.map((p) => p.x));
      const ys = data.hulls.flatMap((h) => [-h.y - h.r, -h.y + h.r]).concat(data.places.map((p) => -p.y));
      sigma.setCustomBBox({ x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] });
    }
    // bloc outlines on a canvas under the edges, redrawn with the camera
    const outlines = sigma.createCanvas('blocs', { beforeLayer: 'edges' });
    const drawOutlines = () => {
      const { width, height } = sigma.getDimensions();
      const dpr = window.devicePixelRatio || 1;
      outlines.width = width * dpr; outlines.height = height * dpr;
      outlines.style.width = `${width}px`; outlines.style.height = `${height}px`;
      const ctx = outlines.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      for (const h of data.hulls) {
        const c = sigma.graphToViewport({ x: h.x, y: -h.y }), e = sigma.graphToViewport({ x: h.x + h.r, y: -h.y });
        ctx.beginPath();
        ctx.arc(c.x, c.y, Math.hypot(e.x - c.x, e.y - c.y), 0, 2 * Math.PI);
        ctx.fillStyle = blocColour(h.bloc) + '14';
        ctx.strokeStyle = blocColour(h.bloc) + '99';
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 1.5;
        ctx.fill();
        ctx.stroke();
      }
    };
    // sigma fits the nodes to the larger side of the box; zoom out until the outlines fit both sides
    if (data.hulls.length) {
      const { width, height } = sigma.getDimensions();
      const pts = data.hulls.flatMap((h) => [sigma.graphToViewport({ x: h.x - h.r, y: -h.y - h.r }), sigma.graphToViewport({ x: h.x + h.r, y: -h.y + h.r })]);
      // labels are drawn to the right of their node: keep room for them (about 7 px a character)
      for (const p of data.places) {
        const v = sigma.graphToViewport({ x: p.x, y: -p.y });
        pts.push({ x: v.x + 14 + 7 * String(g.getNodeAttribute(p.id, 'label')).length, y: v.y });
      }
      const sx = (Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x))) / (width - 20);
      const sy = (Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y))) / (height - 20);
      const need = Math.max(1, sx, sy);
      const mid = sigma.viewportToFramedGraph({ x: (Math.max(...pts.map((p) => p.x)) + Math.min(...pts.map((p) => p.x))) / 2, y: (Math.max(...pts.map((p) => p.y)) + Math.min(...pts.map((p) => p.y))) / 2 });
      sigma.getCamera().setState({ x: mid.x, y: mid.y, ratio: Math.min(3, need) });
    }
    sigma.on('afterRender', drawOutlines);
    drawOutlines();
    sigma.on('clickEdge', ({ edge }) => { const t = byEdge.get(edge); if (t) onTie(t); });
    sigma.on('enterEdge', ({ edge }) => { setHover(byEdge.get(edge) ?? null); box.current!.style.cursor = 'pointer'; });
    sigma.on('leaveEdge', () => { setHover(null); box.current!.style.cursor = ''; });
    return () => sigma.kill();
  }, [data, webgl, onTie]);
  return (
    <figure className="graph-figure">
      {webgl ? <div ref={box} className="graph" role="img" aria-label={label} data-renderer="sigma" />
        : <SvgNetwork data={data} onTie={onTie} onHover={setHover} label={label} />}
      <figcaption aria-live="polite">{hover ? `${hover.a}–${hover.b}: ${hover.direction}, ${hover.events} events, ${hover.statements} statements — click for the dyad` : 'Click a tie for the dyad view.'}</figcaption>
    </figure>
  );
}

function SvgNetwork({ data, onTie, onHover, label }: { data: MapData; onTie: (t: Tie) => void; onHover: (t: Tie | null) => void; label: string }) {
  const at = new Map(data.places.map((p) => [p.id, p]));
  const xs = data.places.map((p) => p.x), ys = data.places.map((p) => p.y);
  const pad = 4;
  const [x0, x1, y0, y1] = [Math.min(...xs, 0) - pad, Math.max(...xs, 0) + pad, Math.min(...ys, 0) - pad, Math.max(...ys, 0) + pad];
  return (
    <svg className="graph" viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`} role="img" aria-label={label} data-renderer="svg" preserveAspectRatio="xMidYMid meet">
      {data.hulls.map((h) => <circle key={`hull-${h.bloc}`} cx={h.x} cy={h.y} r={h.r} fill={blocColour(h.bloc) + '14'} stroke={blocColour(h.bloc) + '99'} strokeWidth={0.08} strokeDasharray="0.4 0.25" />)}
      {data.ties.map((t) => {
        const p = at.get(t.a), q = at.get(t.b);
        if (!p || !q) return null;
        return <line key={`${t.a}-${t.b}`} x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke={DIRECTION_COLOUR[t.direction]} strokeWidth={tieSize(t) / 10} strokeLinecap="round"
          onClick={() => onTie(t)} onMouseEnter={() => onHover(t)} onMouseLeave={() => onHover(null)} style={{ cursor: 'pointer' }} />;
      })}
      {data.places.map((p) => (
        <g key={p.id}>
          <circle cx={p.x} cy={p.y} r={nodeSize(p.events) / 14} fill={blocColour(p.bloc)} stroke="#fff" strokeWidth={0.15} />
          <text x={p.x} y={p.y - nodeSize(p.events) / 14 - 0.4} fontSize={0.9} textAnchor="middle">{p.id}</text>
        </g>
      ))}
    </svg>
  );
}
