import type { TooltipRow } from '../state/layerTypes';

/** Value rows with unit, year, source link and a visible flag on low-quality figures. */
export function FactRows({ rows }: { rows: TooltipRow[] }) {
  return (
    <dl className="fact-rows">
      {rows.map((r, i) => (
        <div key={i} className="fact-row">
          <dt>{r.label}</dt>
          <dd>
            <span className={r.value === 'no data' ? 'no-data' : 'fact-value'}>{r.value}</span>
            {r.year !== undefined && r.year !== null && <span className="fact-year"> · {r.year}</span>}
            {r.quality === 'low' && (
              <span className="low-quality" title="Low-quality source: the only one found, method unclear">
                {' '}⚠ low-quality source
              </span>
            )}
            {r.source && (
              <div className="fact-source">
                {r.source.url ? (
                  <a href={r.source.url} target="_blank" rel="noopener noreferrer" title={r.source.name}>
                    {r.source.name}
                  </a>
                ) : (
                  r.source.name
                )}
                {r.quality && r.quality !== 'low' && <span className="fact-quality"> ({r.quality})</span>}
              </div>
            )}
            {r.note && <div className="fact-note">{r.note}</div>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
