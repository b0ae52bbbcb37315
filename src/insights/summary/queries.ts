/**
 * The insights' SQL, one text for PostgreSQL and PGlite. Every figure is computed in the database: a summary
 * reads the generated columns of the `_insights` index (sql-store.ts, issue 23), never the events' `data`,
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

/** Counts and moments of a group of scored responses: ScaleFigures before the intervals. */
const FIGURES = `count(*)::int as responses,
  count(*) filter (where band = 'negative')::int as negative,
  count(*) filter (where band = 'neutral')::int as neutral,
  count(*) filter (where band = 'positive')::int as positive,
  avg(value)::float8 as mean,
  stddev_samp(value)::float8 as sd`;

/** Buckets are counted from a Monday at UTC midnight: days start at midnight, weeks on Monday (ISO 8601). */
const MONDAY = `timestamptz '2000-01-03 00:00:00+00'`;

/** At most this many values of a segment key, the largest first. */
export const MAX_SEGMENTS = 50;

const IN_PERIOD = `subject = $1 and "time" >= $2::timestamptz and "time" < $3::timestamptz`;

/** Each response's last rating in the period, with its band: read in the order of the `_insights_ratings` index. */
function scoredCte(table: string, withSegment: boolean): string {
  return `scored as materialized (
    select *, ${bandOf('scale', 'value', 'min', 'max')} as band from (
      select distinct on (response_id collate "C") response_id, "time",
        rating_scale as scale, rating_min as min, rating_max as max, rating_value as value
        ${withSegment ? `, data->'context'->>$5::text as segment` : ''}
      from ${table}
      where ${IN_PERIOD} and type = ${RATING} and response_id is not null and rating_value is not null
      order by response_id collate "C", "time" desc, id collate "C" desc
    ) last_rating
  )`;
}

/**
 * The summary is three statements, each one row of JSON columns, that the handler runs at the same time (on
 * PostgreSQL, each on a connection of its own, so on as many cores): the figures, the reasons, the funnel.
 * Parameters: $1 survey, $2 from, $3 to; for the figures also $4 '1 day' | '7 days', and $5 the segment's
 * context key when asked.
 */
export function figuresSql(table: string, withSegment: boolean): string {
  return `with ${scoredCte(table, withSegment)},
  -- Figures per scale, per scale and value, per bucket and scale: one pass over the responses. grouping() tells
  -- the sets apart: 3 (neither start nor value: the scale), 2 (the value), 1 (the bucket).
  grouped as (
    select grouping(start, value) as set, start, scale, min, max, value, ${FIGURES}
    from (select *, date_bin($4::interval, "time", ${MONDAY}) as start from scored) bucketed
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
             select scored.segment, scale, min, max, ${FIGURES} from scored
             join (select segment, count(*) as total from scored group by segment order by total desc, segment limit ${MAX_SEGMENTS}) top
               on top.segment is not distinct from scored.segment
             group by scored.segment, scale, min, max) g)`
        : 'null::json'
    } as segments`;
}

/** Reasons ranked within the band of the response's last rating in the period. Parameters: $1 survey, $2 from, $3 to. */
export function reasonsSql(table: string): string {
  return `with ${scoredCte(table, false)},
  -- Materialized, so the planner joins before it unnests (its guess of 100 reasons per comment would otherwise
  -- make it sort the unnested rows for a merge join).
  comments_by_band as materialized (
    select coalesce(scored.band, 'unrated') as band, comments.comment_reasons
    from ${table} comments left join scored on scored.response_id collate "C" = comments.response_id collate "C"
    where comments.subject = $1 and comments."time" >= $2::timestamptz and comments."time" < $3::timestamptz
      and comments.type = ${COMMENT} and jsonb_array_length(comments.comment_reasons) > 0
  )
  select coalesce(json_agg(r order by r.band, r.count desc, r.reason), '[]') as reasons from (
    select band, reason, count(*)::int as count
    from comments_by_band cross join lateral jsonb_array_elements_text(comment_reasons) as reason
    group by 1, 2
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
 * rating), then newest, after the cursor (rank, time, id).
 * Parameters: $1 survey, $2 from, $3 to, $4 band or null, $5 text to find or null, $6 cursor rank, $7 cursor
 * time, $8 cursor id (all three null for the first page), $9 page size.
 */
export function answersSql(table: string): string {
  return `with commented as (
    select c.id, c.source, c."time", c.response_id, c.data,
      r.rating_scale, r.rating_value, r.rating_min, r.rating_max, r."time" as rating_time,
      ${bandOf('r.rating_scale', 'r.rating_value', 'r.rating_min', 'r.rating_max')} as rated_band
    from ${table} c
    left join lateral (
      select rating_scale, rating_value, rating_min, rating_max, "time" from ${table} r
      where r.response_id = c.response_id and r.subject = c.subject and r.type = ${RATING} and r.rating_value is not null
      order by r."time" desc, r.id desc limit 1
    ) r on true
    where c.subject = $1 and c.type = ${COMMENT} and c."time" >= $2::timestamptz and c."time" < $3::timestamptz
      and ($5::text is null or strpos(lower(c.data->>'text'), lower($5::text)) > 0)
  ),
  ranked as (
    select *, case when rating_value is null then 'unrated' else rated_band end as band,
      case when rating_value is null then 3 when rated_band = 'negative' then 0 when rated_band = 'neutral' then 1 else 2 end as rank
    from commented
  )
  select id, source, "time", to_char("time" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as time_key, response_id,
    data, rating_scale, rating_value, rating_min, rating_max, rating_time, band, rank
  from ranked
  where ($4::text is null or band = $4::text)
    and ($6::int is null or rank > $6::int
         or (rank = $6::int and ("time" < $7::timestamp at time zone 'UTC'
             or ("time" = $7::timestamp at time zone 'UTC' and id collate "C" < $8::text))))
  order by rank, "time" desc, id collate "C" desc
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
