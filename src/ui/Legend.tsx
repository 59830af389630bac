import type { LegendSpec } from '../map/layers/types';
import { HATCH_CSS } from '../map/hatchPattern';

export function Legend({ spec, title }: { spec: LegendSpec; title: string }) {
  return (
    <div className="legend" aria-label={`${title} legend`}>
      <div className="legend__unit">
        Unit: <strong>{spec.unit}</strong> · Year: <strong>{spec.years || 'n/a'}</strong>
      </div>
      <ul className="legend__items">
        {spec.items.map((item, i) => (
          <li key={i}>
            <span
              className={`swatch swatch--${item.shape ?? 'fill'}`}
              style={item.shape === 'hatch' ? { background: HATCH_CSS } : { background: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
      {spec.method && <div className="legend__method">{spec.method}</div>}
      {spec.notes?.map((n, i) => (
        <div key={i} className={n.includes('low-quality') ? 'legend__note low-quality' : 'legend__note'}>
          {n}
        </div>
      ))}
      <div className="legend__sources">
        Source{spec.sources.length > 1 ? 's' : ''}:{' '}
        {spec.sources.map((s, i) => (
          <span key={i}>
            {i > 0 && '; '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
            ) : (
              s.name
            )}
          </span>
        ))}
      </div>
    </div>
  );
}
