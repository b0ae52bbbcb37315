/**
 * Every text `<care-insights>` shows, in English. A team's admin page in another language sets
 * `element.strings = { … }` (any subset) or registers a language with `registerInsightsStrings('de', { … })`,
 * picked by the closest `lang` like the visitor elements. Numbers and dates follow that `lang` through `Intl`.
 */
export interface InsightsStrings {
  title: string;
  filters: string;
  from: string;
  to: string;
  interval: string;
  day: string;
  week: string;
  segmentBy: string;
  segmentHint: string;
  apply: string;
  loading: string;
  failed: string;
  unauthorized: string;
  noResponses: string;
  responses: string;
  nps: string;
  csat: string;
  mean: string;
  /** `{low}` and `{high}`: the 95 % interval's bounds. */
  interval95: string;
  noInterval: string;
  scaleName: (scale: string, min: number, max: number) => string;
  trend: string;
  distribution: string;
  /** A chart's text alternative: `{figure}` over `{count}` buckets, the last `{last}`. */
  trendSummary: string;
  segments: string;
  segmentValue: string;
  segmentMissing: string;
  reasons: string;
  bands: Record<'negative' | 'neutral' | 'positive' | 'unrated', string>;
  npsBands: Record<'negative' | 'neutral' | 'positive', string>;
  noReasons: string;
  funnel: string;
  shown: string;
  rated: string;
  commented: string;
  dismissed: string;
  dismissedStages: Record<'rating' | 'comment' | 'thanks', string>;
  answers: string;
  band: string;
  allBands: string;
  search: string;
  noAnswers: string;
  noText: string;
  loadMore: string;
  export: string;
  exportCsv: string;
  exportJsonl: string;
}

export const en: InsightsStrings = {
  title: 'Insights',
  filters: 'Filters',
  from: 'From',
  to: 'To (exclusive)',
  interval: 'Per',
  day: 'Day',
  week: 'Week',
  segmentBy: 'Segment by context key',
  segmentHint: 'For example plan',
  apply: 'Apply',
  loading: 'Loading…',
  failed: 'The insights could not be loaded.',
  unauthorized: 'You are not signed in to read these insights.',
  noResponses: 'No responses in this period.',
  responses: 'Responses',
  nps: 'NPS',
  csat: 'CSAT',
  mean: 'Mean',
  interval95: '95 % interval {low} to {high}',
  noInterval: 'no interval below 2 answers',
  scaleName: (scale, min, max) => (scale === 'nps' ? 'NPS 0–10' : scale === 'thumbs' ? 'Thumbs' : `${scale[0]!.toUpperCase()}${scale.slice(1)} ${min}–${max}`),
  trend: 'Over time',
  distribution: 'Distribution',
  trendSummary: '{figure} over {count} periods; the last {last}.',
  segments: 'Segments',
  segmentValue: 'Value',
  segmentMissing: '(not set)',
  reasons: 'Reasons',
  bands: { negative: 'Unhappy', neutral: 'Neutral', positive: 'Happy', unrated: 'No rating' },
  npsBands: { negative: 'Detractors', neutral: 'Passives', positive: 'Promoters' },
  noReasons: 'None chosen.',
  funnel: 'Funnel',
  shown: 'Shown',
  rated: 'Rated',
  commented: 'Commented',
  dismissed: 'Dismissed',
  dismissedStages: { rating: 'at the rating', comment: 'at the comment', thanks: 'at the thanks' },
  answers: 'Who needs an answer',
  band: 'Band',
  allBands: 'All',
  search: 'Search comments',
  noAnswers: 'No comments match.',
  noText: '(reasons only)',
  loadMore: 'Load more',
  export: 'Export',
  exportCsv: 'CSV',
  exportJsonl: 'JSONL',
};

const registered = new Map<string, Partial<InsightsStrings>>([['en', en]]);

/** Adds (or overrides) the dashboard's texts for a language: `registerInsightsStrings('de', { title: 'Einblicke' })`. */
export function registerInsightsStrings(language: string, strings: Partial<InsightsStrings>): void {
  registered.set(language.toLowerCase(), { ...registered.get(language.toLowerCase()), ...strings });
}

/** The texts for `tag` (`pt-BR` falls back to `pt`, then English), under the element's own overrides. */
export function stringsFor(tag: string | undefined, own: Partial<InsightsStrings>): InsightsStrings {
  const lower = (tag ?? 'en').toLowerCase();
  const language = registered.get(lower) ?? registered.get(lower.split('-')[0]!) ?? {};
  return { ...en, ...language, ...own };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
