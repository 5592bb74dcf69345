// Mount an Observable Plot figure (rebuilt when its inputs change).
import { useEffect, useRef } from 'react';

export function PlotBox({ make, deps, label }: { make: (width: number) => Element; deps: unknown[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let drawn = -1;
    const draw = () => {
      drawn = el.clientWidth;
      el.replaceChildren(make(Math.max(280, Math.min(900, el.clientWidth))));
    };
    draw();
    const ro = new ResizeObserver(() => { if (Math.abs(el.clientWidth - drawn) > 40) draw(); });
    ro.observe(el);
    return () => ro.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return <div ref={ref} className="plot" role="img" aria-label={label} />;
}
