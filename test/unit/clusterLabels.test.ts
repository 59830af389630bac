// Cluster count labels: the text on each cluster and which clusters get one.
import { describe, expect, it } from 'vitest';
import { clustersInView, formatCount } from '../../src/map/clusterLabels';

describe('cluster labels', () => {
  it('formats counts to fit the smallest cluster circle', () => {
    expect([2, 87, 999, 1000, 1249, 1250, 9949, 9950, 12_345, 100_000, 999_499, 999_500, 1_250_000].map(formatCount)).toEqual(['2', '87', '999', '1k', '1.2k', '1.3k', '9.9k', '10k', '12k', '100k', '999k', '1M', '1.3M']);
  });

  it('keeps each cluster once, largest first, up to the cap; single sites are not labelled', () => {
    const f = (id: number | undefined, count: number | undefined, lon = 0) => ({ properties: id === undefined ? { id: 'site' } : { cluster: true, cluster_id: id, point_count: count }, geometry: { type: 'Point', coordinates: [lon, 1] } });
    const got = clustersInView([f(1, 5), f(2, 50), f(1, 5, 9), f(undefined, undefined), f(3, 7)], 2);
    expect(got).toEqual([
      { id: 2, count: 50, lngLat: [0, 1] },
      { id: 3, count: 7, lngLat: [0, 1] },
    ]);
    expect(clustersInView([f(1, 5), f(1, 5, 9)])).toEqual([{ id: 1, count: 5, lngLat: [0, 1] }]);
    // Equal counts: nearest the centre first.
    expect(clustersInView([f(1, 5, 9), f(2, 5, 4), f(3, 5, -1)], 2, [0, 1]).map((c) => c.id)).toEqual([3, 2]);
  });
});
