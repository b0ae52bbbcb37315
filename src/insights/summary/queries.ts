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

/** Counts and moments of a group of banded responses: ScaleFigures before the intervals. */
const FIGURES = `count(*)::int as responses,
  count(*) filter (where band = 'negative')::int as negative,
  count(*) filter (where band = 'neutral')::int as neutral,
  count(*) filter (where band = 'positive')::int as positive,
  avg(value)::float8 as mean,
  stddev_samp(value)::float8 as sd`;

/** At most this many values of a segment key, the largest first. */
export const MAX_SEGMENTS = 50;

/**
 * One statement, one round trip: each response's last rating in the period is found once (`scored`), and every
 * figure is an aggregate of it, as JSON columns of a single row.
 * Parameters: $1 survey, $2 from, $3 to, $4 'day' | 'week', and $5 the segment's context key when asked.
 */
export function summarySql(table: string, withSegment: boolean): string {
  const inPeriod = `subject = $1 and "time" >= $2::timestamptz and "time" < $3::timestamptz`;
  return `with scored as materialized (
    select distinct on (response_id collate "C") response_id, "time",
      rating_scale as scale, rating_min as min, rating_max as max, rating_value as value
      ${withSegment ? `, data->'context'->>$5::text as segment` : ''}
    from ${table}
    where ${inPeriod} and type = ${RATING} and response_id is not null and rating_value is not null
    order by response_id collate "C", "time" desc, id desc
  ),
  banded as (select *, ${bandOf('scale', 'value', 'min', 'max')} as band from scored),
  other_events as materialized (
    select type, response_id, dismissed_stage, comment_reasons from ${table}
    where ${inPeriod} and type in (${SHOWN}, ${COMMENT}, ${DISMISSED})
  ),
  reasons as (
    select coalesce(banded.band, 'unrated') as band, reason, count(*)::int as count
    from other_events cross join lateral jsonb_array_elements_text(other_events.comment_reasons) as reason
    left join banded on banded.response_id = other_events.response_id
    where other_events.type = ${COMMENT}
    group by 1, 2
  )
  select
    (select coalesce(json_agg(f order by f.responses desc, f.scale, f.max), '[]')
       from (select scale, min, max, ${FIGURES} from banded group by scale, min, max) f) as scales,
    (select coalesce(json_agg(d order by d.scale, d.min, d.max, d.value), '[]')
       from (select scale, min, max, value, count(*)::int as count from banded group by 1, 2, 3, 4) d) as distribution,
    (select coalesce(json_agg(s order by s.start), '[]')
       from (select date_trunc($4::text, "time", 'UTC') as start, scale, min, max, ${FIGURES}
             from banded group by 1, 2, 3, 4) s) as series,
    ${
      withSegment
        ? `(select coalesce(json_agg(g), '[]') from (
             select banded.segment, scale, min, max, ${FIGURES} from banded
             join (select segment, count(*) as total from banded group by segment order by total desc, segment limit ${MAX_SEGMENTS}) top
               on top.segment is not distinct from banded.segment
             group by banded.segment, scale, min, max) g)`
        : `null::json`
    } as segments,
    (select coalesce(json_agg(r order by r.band, r.count desc, r.reason), '[]') from reasons r) as reasons,
    (select count(*)::int from other_events where type = ${COMMENT}) as comments,
    (select json_build_object(
       'shown', (select count(*)::int from (select distinct response_id from other_events where type = ${SHOWN}) x),
       'rated', (select count(*)::int from banded),
       'commented', (select count(*)::int from (select distinct response_id from other_events where type = ${COMMENT}) x),
       'dismissed', (select coalesce(json_object_agg(stage, n), '{}') from (
          select coalesce(dismissed_stage, 'total') as stage, count(*)::int as n
          from (select distinct response_id, dismissed_stage from other_events where type = ${DISMISSED}) x
          group by rollup (dismissed_stage)) y)
     )) as funnel`;
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
