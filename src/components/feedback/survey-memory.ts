import { currentConfig } from '../../core/config.js';
import { clock, DAY_MS } from '../../core/clock.js';
import { readStored, writeStored } from '../../core/storage.js';

/**
 * What one visitor did with one survey, under `care-feedback:survey:<survey-id>`: `draw` is the visitor's
 * sampling draw (0–1, made once), `answered` and `dismissed` the times (ms since the epoch) of the first
 * rating and the last dismissal. `care-feedback:last-shown` holds `{ survey, at }` of the last popover or
 * tab card shown on this site, for `configure({ quietDays })`.
 */
interface SurveyMemory {
  draw?: number;
  answered?: number;
  dismissed?: number;
}

export interface AskingRules {
  surveyId: string;
  sample: number;
  cooldownDays: number;
  dismissCooldownDays: number;
}

const LAST_SHOWN = 'last-shown';
const read = (surveyId: string) => readStored<SurveyMemory>(`survey:${surveyId}`) ?? {};
const write = (surveyId: string, memory: SurveyMemory) => writeStored(`survey:${surveyId}`, memory);

/** Whether `time` lies less than `days` days ago; never for a time not recorded. */
const within = (time: number | undefined, days: number) => time! > clock.now() - days * DAY_MS;

/**
 * Whether this visitor may be asked now: inside the sample, outside both cooldowns, and outside the quiet
 * period another survey started. The draw is kept, so raising `sample` later only adds visitors.
 */
export function mayAsk({ surveyId, sample, cooldownDays, dismissCooldownDays }: AskingRules): boolean {
  const memory = read(surveyId);
  if (memory.draw === undefined && sample < 1) {
    memory.draw = Math.random();
    write(surveyId, memory);
  }
  const last = readStored<{ survey: string; at: number }>(LAST_SHOWN);
  return (
    (memory.draw ?? 0) < sample &&
    !within(memory.answered, cooldownDays) &&
    !within(memory.dismissed, dismissCooldownDays) &&
    !(last?.survey !== surveyId && within(last?.at, currentConfig().quietDays))
  );
}

/** Remembers, now, that the visitor answered or dismissed this survey. */
export const remember = (surveyId: string, what: 'answered' | 'dismissed'): void =>
  write(surveyId, { ...read(surveyId), [what]: clock.now() });

/** Remembers, now, that this survey's card showed (the quiet period starts). */
export const rememberShown = (surveyId: string): void => writeStored(LAST_SHOWN, { survey: surveyId, at: clock.now() });
