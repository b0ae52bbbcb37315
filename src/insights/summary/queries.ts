/**
 * The insights' SQL, one text for PostgreSQL and PGlite. Every figure is computed in the database: a summary
 * reads the generated columns of the `_insights_ratings` and `_insights_steps` indexes (sql-store.ts, issue 23), never the events' `data`,
 * except for a segment (the context lives in `data`) and the rows it returns.
 */

const RATING = `'care.feedback.rating.v1'`;
const COMMENT = `'care.feedback.comment.v1'`;
const SHOWN = `'care.feedback.shown.v1'`;
const DISMISSED = `'care.feedback.dismissed.v1'`;

/** The bands of contract §3, as `sentimentOf()` in components/base/scales.ts decides them for the elements. */
export function bandOf(scale: string, value: string, min: string, max: string): string {
  return `case
    when case when ${scale} = 'nps' then ${value} >= 9
              when ${scale} in ('thumbs', 'emoji') or ${max} = 3 then ${value} = ${max}
              else ${value} >= ${max} - 1 end then 'positive'
    when case when ${scale} = 'nps' then ${value} <= 6 else ${value} < (${min} + ${max}) / 2 end then 'negative'
    else 'neutral' end`;
}

/** Buckets are counted from a Monday at UTC midnight: days start at midnight, weeks on Monday (ISO 8601). */
const MONDAY = `timestamptz '2000-01-03 00:00:00+00'`;

/** At most this many values of a segment key, the largest first. */
export const MAX_SEGMENTS = 50;

const IN_PERIOD = `subject = $1 and "time" >= $2::timestamptz and "time" < $3::timestamptz`;

/**
 * Each response's last rating in the period (`extra`: more columns), read in the order of the `_insights_ratings`
 * index, so there is no sort: the one pass over the answers that every figure needs.
 */
function lastRatingSql(table: string, extra = ''): string {
  return `select distinct on (response_id collate "C") response_id, "time",
      rating_scale as scale, rating_min as min, rating_max as max, rating_value as value${extra}
    from ${table}
    where ${IN_PERIOD} and type = ${RATING} and response_id is not null and rating_value is not null
    order by response_id collate "C", "time" desc, id collate "C" desc`;
}

/**
 * Figures of a group from its answers counted by value (`n` answers of `value`): a band is a function of the
 * scale and the value, and the mean and the standard deviation follow from Σn, Σn·v and Σn·v², so the answers are
 * counted once, by value, and every figure is computed from those few counts rather than from each answer.
 * Σn·v² − (Σn·v)²/Σn loses nothing here: the values are small whole numbers, their sums exact in float8.
 */
const FIGURES_FROM_COUNTS = `sum(n)::int as responses,
  coalesce(sum(n) filter (where band = 'negative'), 0)::int as negative,
  coalesce(sum(n) filter (where band = 'neutral'), 0)::int as neutral,
  coalesce(sum(n) filter (where band = 'positive'), 0)::int as positive,
  (sum(n * value) / sum(n))::float8 as mean,
  case when sum(n) > 1
    then sqrt(greatest(0, (sum(n * value * value) - sum(n * value) ^ 2 / sum(n)) / (sum(n) - 1)))::float8 end as sd`;

/**
 * The summary is three statements, each one row of JSON columns, that the handler runs at the same time (on
 * PostgreSQL, each on a connection of its own, so on as many cores): the figures, the reasons, the funnel.
 * Parameters: $1 survey, $2 from, $3 to; for the figures also $4 '1 day' | '7 days', and $5 the segment's
 * context key when asked (then the context is read from `data`: the one figure that reads the events).
 */
export function figuresSql(table: string, withSegment: boolean): string {
  const segment = withSegment ? `, data->'context'->>$5::text as segment` : '';
  return `with last_rating as (${lastRatingSql(table, segment)}),
  -- The answers counted by bucket, scale and value (and segment): the only step that reads every answer.
  counted as materialized (
    select date_bin($4::interval, "time", ${MONDAY}) as start, scale, min, max, value${withSegment ? ', segment' : ''}, count(*) as n
    from last_rating group by 1, 2, 3, 4, 5${withSegment ? ', 6' : ''}
  ),
  banded as (select *, ${bandOf('scale', 'value', 'min', 'max')} as band from counted),
  -- Figures per scale, per scale and value, per bucket and scale, from the counts. grouping() tells the sets
  -- apart: 3 (neither start nor value: the scale), 2 (the value), 1 (the bucket).
  grouped as (
    select grouping(start, value) as set, start, scale, min, max, value, ${FIGURES_FROM_COUNTS}
    from banded
    group by grouping sets ((scale, min, max), (scale, min, max, value), (start, scale, min, max))
  )
  select
    (select coalesce(json_agg(f order by f.responses desc, f.scale, f.max), '[]')
       from (select scale, min, max, responses, negative, neutral, positive, mean, sd from grouped where set = 3) f) as scales,
    (select coalesce(json_agg(d order by d.scale, d.min, d.max, d.value), '[]')
       from (select scale, min, max, value, responses as count from grouped where set = 2) d) as distribution,
    (select coalesce(json_agg(s order by s.start), '[]')
       from (select start, scale, min, max, responses, negative, neutral, positive, mean, sd from grouped where set = 1) s) as series,
    ${
      withSegment
        ? `(select coalesce(json_agg(g), '[]') from (
             select banded.segment, scale, min, max, ${FIGURES_FROM_COUNTS} from banded
             join (select segment, sum(n) as total from counted group by segment order by total desc, segment limit ${MAX_SEGMENTS}) top
               on top.segment is not distinct from banded.segment
             group by banded.segment, scale, min, max) g)`
        : 'null::json'
    } as segments`;
}

/**
 * Reasons ranked within the band of the response's last rating in the period. The comments' reasons are counted
 * by the rating they belong to (scale and value) first, and the band is decided for those few groups.
 * Parameters: $1 survey, $2 from, $3 to.
 */
export function reasonsSql(table: string): string {
  return `with last_rating as (${lastRatingSql(table)}),
  reasons_by_rating as materialized (
    select r.scale, r.min, r.max, r.value, reason, count(*) as n
    from ${table} comments
    left join last_rating r on r.response_id collate "C" = comments.response_id collate "C"
    cross join lateral jsonb_array_elements_text(comments.comment_reasons) as reason
    where comments.subject = $1 and comments."time" >= $2::timestamptz and comments."time" < $3::timestamptz
      and comments.type = ${COMMENT} and jsonb_array_length(comments.comment_reasons) > 0
    group by 1, 2, 3, 4, 5
  )
  select coalesce(json_agg(r order by r.band, r.count desc, r.reason), '[]') as reasons from (
    select case when value is null then 'unrated' else ${bandOf('scale', 'value', 'min', 'max')} end as band,
      reason, sum(n)::int as count
    from reasons_by_rating group by 1, 2
  ) r`;
}

/** The funnel's other steps and the comments. Parameters: $1 survey, $2 from, $3 to. */
export function funnelSql(table: string): string {
  return `with steps as (
    select type, dismissed_stage, count(*)::int as events from ${table}
    where ${IN_PERIOD} and type in (${SHOWN}, ${DISMISSED}, ${COMMENT})
    group by type, dismissed_stage
  )
  select
    (select coalesce(sum(events), 0)::int from steps where type = ${SHOWN}) as shown,
    (select coalesce(sum(events), 0)::int from steps where type = ${COMMENT}) as comments,
    (select count(*)::int from (select distinct response_id from ${table} where ${IN_PERIOD} and type = ${COMMENT}) x) as commented,
    (select coalesce(json_object_agg(coalesce(dismissed_stage, 'unknown'), events), '{}') from steps where type = ${DISMISSED}) as dismissed`;
}

/**
 * A page of comments with their response's last rating: unhappy first (negative, neutral, positive, then no
 * rating), then newest, after the cursor (rank, time, id). The comments are ranked from the `_insights` index
 * alone (time, id, response) joined to each response's last rating, read in the order of `_insights_ratings`
 * (one pass over the survey's ratings: faster than looking each comment's rating up, 150,000 times); only the
 * page's rows are then read from the table. With a text to find (`withText`), the comments' text is read too.
 * Parameters: $1 survey, $2 from, $3 to, $4 band or null, $5 text to find or null, $6 cursor rank, $7 cursor
 * time, $8 cursor id (all three null for the first page), $9 page size.
 */
export function answersSql(table: string, withText: boolean): string {
  return `with commented as (
    select c."time", c.id, c.response_id,
      r.rating_scale, r.rating_value, r.rating_min, r.rating_max, r."time" as rating_time,
      ${bandOf('r.rating_scale', 'r.rating_value', 'r.rating_min', 'r.rating_max')} as rated_band
    from ${table} c
    left join (
      select distinct on (response_id collate "C") response_id, rating_scale, rating_value, rating_min, rating_max, "time"
      from ${table}
      where subject = $1 and type = ${RATING} and response_id is not null and rating_value is not null
      order by response_id collate "C", "time" desc, id collate "C" desc
    ) r on r.response_id collate "C" = c.response_id collate "C"
    where c.subject = $1 and c.type = ${COMMENT} and c."time" >= $2::timestamptz and c."time" < $3::timestamptz
      and ${withText ? `strpos(lower(c.data->>'text'), lower($5::text)) > 0` : '$5::text is null'}
  ),
  ranked as (
    select *, case when rating_value is null then 'unrated' else rated_band end as band,
      case when rating_value is null then 3 when rated_band = 'negative' then 0 when rated_band = 'neutral' then 1 else 2 end as rank
    from commented
  ),
  page as (
    select * from ranked
    where ($4::text is null or band = $4::text)
      and ($6::int is null or rank > $6::int
           or (rank = $6::int and ("time" < $7::timestamp at time zone 'UTC'
               or ("time" = $7::timestamp at time zone 'UTC' and id collate "C" < $8::text))))
    order by rank, "time" desc, id collate "C" desc
    limit $9::int
  )
  -- Two events of one survey with the same time and id (from two sources) would both be ranked and both found
  -- here for each: distinct keeps each once.
  select distinct on (page.rank, page."time", page.id collate "C", e.source)
    e.id, e.source, e."time", to_char(e."time" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as time_key, e.response_id,
    e.data, page.rating_scale, page.rating_value, page.rating_min, page.rating_max, page.rating_time, page.band, page.rank
  from page join ${table} e
    on e.subject = $1 and e.type = ${COMMENT} and e."time" = page."time" and e.id = page.id
  order by page.rank, page."time" desc, page.id collate "C" desc, e.source
  limit $9::int`;
}

/**
 * Events of one survey in the period, in (time, id) order after a cursor: the exports, a page at a time.
 * Parameters: $1 survey, $2 from, $3 to, $4 cursor time or null, $5 cursor id, $6 page size.
 */
export function exportSql(table: string): string {
  return `select source, id, type, subject, "time", data,
      to_char("time" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as time_key
    from ${table}
    where subject = $1 and "time" >= $2::timestamptz and "time" < $3::timestamptz
      and ($4::timestamp is null or "time" > $4::timestamp at time zone 'UTC'
           or ("time" = $4::timestamp at time zone 'UTC' and id collate "C" > $5::text))
    order by "time", id collate "C"
    limit $6::int`;
}

export function surveysSql(table: string): string {
  return `select subject as survey, count(*)::int as events, max("time") as last
    from ${table} where subject is not null group by subject order by max("time") desc limit 1000`;
}
