// A candidate's full result: the site-scoring service at the candidate's position, carrying its name
// and own columns. Compare and both exports score candidates through this (the export worker too).
import { queryPoint, type QueryContext } from '../data/pointQuery';
import type { ScoredSite } from '../scoring/flatten';
import type { SiteScoring } from '../scoring/siteScoring';
import type { Candidate } from './types';

export function candidateScorer(ctx: QueryContext, scoring: SiteScoring): (c: Candidate) => ScoredSite {
  return (c) => scoring.score(queryPoint(ctx, c.lon, c.lat), { name: c.name, input: c.props });
}
