// The actor key the analytics group on: the CAMEO country code, except for multilateral
// bodies (country 'IGO' or 'NGO') that name their organisation, whose key is the
// organisation's short name in capitals without spaces, dots or hyphens ('NATO', 'EU',
// 'UN'). An IGO row without an org keeps 'IGO'. The SQL form is portable (CASE, upper,
// replace) so every backend computes the same key as `actorKey`.

/** Keys accepted where a country or organisation is asked: PAK, NATO, EU, UN, SCO … */
export const ACTOR_KEY = /^[A-Z][A-Z0-9]{1,11}$/;

const MULTI = new Set(['IGO', 'NGO']);

/** The actor key of one side of an event. */
export function actorKey(country: string | null | undefined, org: string | null | undefined): string | null {
  if (country == null) return null;
  if (MULTI.has(country) && org != null && org !== '') {
    const k = org.toUpperCase().replace(/[ .-]/g, '');
    return k || country;
  }
  return country;
}

/** Portable SQL for the actor key of `side` ('src' or 'tgt') of the events table. */
export function actorKeySql(side: 'src' | 'tgt'): string {
  const c = `${side}_country`, o = `${side}_org`;
  return `(CASE WHEN ${c} IN ('IGO', 'NGO') THEN coalesce(nullif(replace(replace(replace(upper(${o}), ' ', ''), '.', ''), '-', ''), ''), ${c}) ELSE ${c} END)`;
}
