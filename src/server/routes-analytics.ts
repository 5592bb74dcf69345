// Routes over the analytics: a dyad's series with its change points, ranked shifts, the
// network at a date, and the brief.
import { countryName } from '../analytics/lexicon.ts';
import { brief, dyadReport, latestDate, networkReport, shiftsReport } from '../analytics/queries.ts';
import { dyadShifts } from '../analytics/shifts.ts';
import { cachedJson, type Routes } from './json-route.ts';
import * as P from './params.ts';

export const analyticsRoutes: Routes = (app, { store, cache }) => {
  app.get('/api/dyads/:a/:b', cachedJson(cache, ['by', 'from', 'to', 'directed', 'primary'], async (q, c) => {
    const a = P.country('a', c.req.param('a'))!, b = P.country('b', c.req.param('b'))!;
    if (a === b) throw new P.BadRequest('a dyad needs two different countries');
    const from = P.date('from', q('from')), to = P.date('to', q('to'));
    const r = await dyadReport(store, { a, b, by: P.oneOf('by', q('by'), P.PERIODS, 'month'), from: from && P.startOf(from), to: to && P.endOfDate(to), directed: P.bool('directed', q('directed')), primaryOnly: P.bool('primary', q('primary')) });
    const sh = r.points.length >= 3 ? dyadShifts(r.points, { method: 'bocpd' }) : { segments: [], swing: 0, shifts: [] };
    return { ...r, names: { [a]: countryName(a), [b]: countryName(b) }, segments: sh.segments, shifts: sh.shifts };
  }));

  app.get('/api/shifts', cachedJson(cache, ['since', 'to', 'countries', 'by', 'min_events', 'all', 'limit'], async (q) =>
    shiftsReport(store, {
      method: 'bocpd',
      since: P.date('since', q('since')), to: P.date('to', q('to')), countries: P.countryList('countries', q('countries')),
      by: P.oneOf('by', q('by'), P.PERIODS, 'month'), minEvents: P.int('min_events', q('min_events'), { min: 0, max: 1_000_000 }),
      all: P.bool('all', q('all')), limit: P.int('limit', q('limit'), { min: 1, max: 200, def: 20 }),
    })));

  const atOrLatest = async (v: string | undefined) => P.date('at', v) ?? (await latestDate(store)) ?? new Date().toISOString().slice(0, 10);

  app.get('/api/network', cachedJson(cache, ['at', 'window', 'countries', 'min_evidence'], async (q) => {
    const windowDays = P.int('window', q('window'), { min: 1, max: 36500, def: 365 });
    const countries = P.countryList('countries', q('countries'));
    const minEvidence = P.num('min_evidence', q('min_evidence'), { min: 0, max: 1_000_000, def: 3 });
    return networkReport(store, { at: await atOrLatest(q('at')), windowDays, countries, minEvidence });
  }));

  app.get('/api/brief', cachedJson(cache, ['at', 'focus', 'window', 'max_dyads'], async (q) => {
    const windowDays = P.int('window', q('window'), { min: 1, max: 36500, def: 365 });
    const focus = P.countryList('focus', q('focus'));
    const maxDyads = P.int('max_dyads', q('max_dyads'), { min: 1, max: 200 });
    return brief(store, { at: P.date('at', q('at')), focus, windowDays, maxDyads });
  }));
};
