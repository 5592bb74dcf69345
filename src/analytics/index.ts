// Alignment analytics: pure functions over stored rows, and the store-facing reports.
export { PERIODS, isPeriod, periodStart, nextPeriod, periodRange, periodLabel } from './periods.ts';
export { dyadSeries, SERIES_METRIC, type SeriesPoint, type SeriesOptions, type Counts } from './series.ts';
export { alignmentIndex, ALIGNMENT_METRIC, DEFAULT_HALF_LIFE_DAYS, type IndexPoint, type IndexOptions, type RelationEvidence } from './alignment.ts';
export { pelt, type Segment } from './changepoint.ts';
export { dyadShifts, shiftsOf, rankShifts, SHIFTS_METRIC, type Shift, type ShiftOptions, type ShiftAnalysis } from './shifts.ts';
export { SHIFTS_BOCPD_METRIC, SHIFT_METHODS, isShiftMethod, ownSwing, typicalSwing, type ShiftMethod, type ShiftMetric, type Extreme, type SegmentSummary, type ManyOptions } from './shifts.ts';
export { bocpd, type BocpdOptions, type BocpdResult } from './bocpd.ts';
export { shiftsText } from './shifts-text.ts';
export { buildNetwork, signedOf, signedFrom, NETWORK_METRIC, type SignedNetwork, type Signed } from './network.ts';
export { signedBlocs, modularity, BLOCS_METRIC, type Blocs } from './blocs.ts';
export { balance, frustration, BALANCE_METRIC, type Balance, type Triad } from './balance.ts';
export { briefFrom, BRIEF_METRIC, type Brief, type BriefDyad, type BriefDirection, type Evidence } from './brief.ts';
export { brief, dyadReport, shiftsReport, networkReport, latestDate, type DyadReport, type NetworkReport, type ShiftWithEvidence } from './queries.ts';
export { loadDyadYearCsv, parseDyadYearCsv, undirected } from './icews-dyadyear.ts';
