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
      sigma = new Sigma(g, box.current, { enableEdgeEvents: true, labelRenderedSizeThreshold: 0, labelSize: 13, labelWeight: '600', zIndex: true, minCameraRatio: 0.3, maxCameraRatio: 3, stagePadding: 50 });
    } catch {
      setWebgl(false);
      return;
    }
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
      {data.ties.map((t) => {
        const p = at.get(t.a), q = at.get(t.b);
        if (!p || !q) return null;
        return <line key={`${t.a}-${t.b}`} x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke={DIRECTION_COLOUR[t.direction]} strokeWidth={tieSize(t) / 6} strokeLinecap="round"
          onClick={() => onTie(t)} onMouseEnter={() => onHover(t)} onMouseLeave={() => onHover(null)} style={{ cursor: 'pointer' }} />;
      })}
      {data.places.map((p) => (
        <g key={p.id}>
          <circle cx={p.x} cy={p.y} r={nodeSize(p.events) / 10} fill={blocColour(p.bloc)} stroke="#fff" strokeWidth={0.15} />
          <text x={p.x} y={p.y - nodeSize(p.events) / 10 - 0.4} fontSize={1.1} textAnchor="middle">{p.id}</text>
        </g>
      ))}
    </svg>
  );
}
