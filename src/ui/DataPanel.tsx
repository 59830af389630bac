import { useDataStore } from '../state/dataStore';

/** Every dataset behind the layers: what it is, unit, years, sources, rows and known gaps. */
export function DataPanel() {
  const datasets = useDataStore((s) => s.datasets);
  if (datasets.status === 'error') return <p className="error" role="alert">{datasets.error}</p>;
  if (!datasets.data) return <p className="muted">Loading the dataset list…</p>;
  return (
    <div className="data-panel">
      <p className="hint">
        Nothing here is estimated: where a region has no figure the map says “no data”. Quality: <em>primary</em> = read in the publisher’s own table,{' '}
        <em>secondary</em> = a faithful third-party copy, <em>low</em> = the only source found (flagged ⚠).
      </p>
      <ul className="dataset-list">
        {datasets.data.map((d) => (
          <li key={d.id} className="dataset" data-dataset={d.id}>
            <h3>{d.title}</h3>
            <p>{d.description}</p>
            <dl>
              <dt>Unit</dt>
              <dd>{d.unit}</dd>
              <dt>Years</dt>
              <dd>{d.years}</dd>
              <dt>Rows</dt>
              <dd>{d.rowCount.toLocaleString('en-US')}</dd>
              {/* The project's own table, for anyone checking a figure; a build input inside an npm package is not shown. */}
              {d.file.startsWith('data/') && (
                <>
                  <dt>Table in the repository</dt>
                  <dd>
                    <code>{d.file}</code>
                  </dd>
                </>
              )}
              <dt>Sources</dt>
              <dd>
                {d.sources.map((s, i) => (
                  <div key={i}>
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.name}
                    </a>
                  </div>
                ))}
              </dd>
              {d.licence && (
                <>
                  <dt>Licence</dt>
                  <dd>
                    <a href={d.licence.url} target="_blank" rel="noopener noreferrer">
                      {d.licence.name}
                    </a>
                    : {d.licence.attribution}
                  </dd>
                </>
              )}
              <dt>Known gaps</dt>
              <dd>{d.gaps || 'none noted'}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
