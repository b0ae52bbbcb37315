import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import type { AnswerItem, AnswerPage, Band, Estimate, InsightsSummary, ScaleFigures, ScaleKey } from '../summary/types.js';
import { closestLang } from '../../localization/localize.js';
import { unwatchLanguage, watchLanguage } from '../../localization/language-watch.js';
import { insightsStyles } from './insights.styles.js';
import { fill, stringsFor, type InsightsStrings } from './strings.js';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

const BANDS = ['negative', 'neutral', 'positive'] as const;
const LIST_BANDS = [...BANDS, 'unrated'] as const;
const PAGE_SIZE = 20;

/**
 * The team's dashboard over `createInsights()` (contract §12): headline figures with their 95 % intervals, the
 * trend and the distribution (Chart.js), segments, reasons by band, the funnel, and the comments that need an
 * answer, with filters and CSV / JSONL export. It reads `src` with the page's own credentials (same origin:
 * the handler is private and never CORS-open).
 *
 * @summary The insights of one survey, for a team's own admin page.
 *
 * @csspart base - The whole dashboard.
 * @csspart filters - The filter form.
 * @csspart headline - The headline figures.
 * @csspart charts - The charts.
 * @csspart answers - The list of comments.
 *
 * @cssproperty --care-insights-accent - Buttons, bars, focus ring, chart lines.
 * @cssproperty --care-insights-negative - The unhappy band.
 * @cssproperty --care-insights-neutral - The neutral band.
 * @cssproperty --care-insights-positive - The happy band.
 * @cssproperty --care-insights-surface - Card background.
 * @cssproperty --care-insights-text - Text colour.
 * @cssproperty --care-insights-muted - Secondary text.
 * @cssproperty --care-insights-border - Card and table borders.
 * @cssproperty --care-insights-radius - Card corners.
 * @cssproperty --care-insights-font - Font family.
 */
export class CareInsights extends LitElement {
  static override styles = insightsStyles;

  /** Where `createInsights()` is mounted, as the page reaches it (`/insights`). */
  @property() src = '';
  /** The survey-id to summarise. */
  @property() survey = '';
  /** First day (YYYY-MM-DD, UTC), inclusive; default 30 days before `to`. */
  @property() from = '';
  /** Last day (YYYY-MM-DD, UTC), exclusive; default tomorrow. */
  @property() to = '';
  /** `day` or `week` buckets for the trend. */
  @property() interval: 'day' | 'week' = 'day';
  /** A `context` key to break the figures down by (`plan`). */
  @property() segment = '';
  /** Replaces any of the texts (see `InsightsStrings`). */
  @property({ attribute: false }) strings: Partial<InsightsStrings> = {};

  @state() private _summary: InsightsSummary | null = null;
  @state() private _answers: AnswerItem[] = [];
  @state() private _next: string | null = null;
  @state() private _status: 'idle' | 'loading' | 'failed' | 'unauthorized' = 'idle';
  @state() private _band = '';
  @state() private _query = '';

  private _charts: Chart[] = [];
  private _loads?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this._loads?.abort();
    this._destroyCharts();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['src', 'survey', 'from', 'to', 'interval', 'segment'].some((name) => changed.has(name))) void this._load();
  }

  protected override updated(): void {
    this._drawCharts();
  }

  /** Reads the summary and the first page of the list again (after a new answer arrived, for example). */
  async refresh(): Promise<void> {
    await this._load();
  }

  private get _t(): InsightsStrings {
    return stringsFor(closestLang(this), this.strings);
  }

  private get _locale(): string {
    return closestLang(this) || 'en';
  }

  private _url(endpoint: string, extra: Record<string, string> = {}): string {
    const base = new URL(this.src.replace(/\/$/, '') + endpoint, document.baseURI);
    const params: Record<string, string> = { survey: this.survey, from: this.from, to: this.to, interval: this.interval, segment: this.segment, ...extra };
    for (const [name, value] of Object.entries(params)) if (value) base.searchParams.set(name, value);
    return base.href;
  }

  private async _fetch<T>(url: string, signal: AbortSignal): Promise<T> {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    if (response.status === 401) throw new Error('unauthorized');
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as T;
  }

  private async _load(): Promise<void> {
    if (!this.src || !this.survey) return;
    this._loads?.abort();
    const loads = (this._loads = new AbortController());
    this._status = 'loading';
    try {
      const [summary, page] = await Promise.all([
        this._fetch<InsightsSummary>(this._url(''), loads.signal),
        this._fetch<AnswerPage>(this._listUrl(null), loads.signal),
      ]);
      this._summary = summary;
      this._answers = page.items;
      this._next = page.next;
      this._status = 'idle';
    } catch (error) {
      if (loads.signal.aborted) return;
      this._status = (error as Error).message === 'unauthorized' ? 'unauthorized' : 'failed';
    }
  }

  private _listUrl(cursor: string | null): string {
    const extra: Record<string, string> = { limit: String(PAGE_SIZE), band: this._band, q: this._query };
    if (cursor) extra.cursor = cursor;
    return this._url('/responses', extra);
  }

  private async _loadAnswers(more: boolean): Promise<void> {
    const loads = new AbortController();
    try {
      const page = await this._fetch<AnswerPage>(this._listUrl(more ? this._next : null), loads.signal);
      this._answers = more ? [...this._answers, ...page.items] : page.items;
      this._next = page.next;
    } catch (error) {
      this._status = (error as Error).message === 'unauthorized' ? 'unauthorized' : 'failed';
    }
  }

  private _applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.from = String(form.get('from') ?? '');
    this.to = String(form.get('to') ?? '');
    this.interval = form.get('interval') === 'week' ? 'week' : 'day';
    this.segment = String(form.get('segment') ?? '').trim();
  }

  private _filterAnswers(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this._band = String(form.get('band') ?? '');
    this._query = String(form.get('q') ?? '').trim();
    void this._loadAnswers(false);
  }

  private _number(value: number, digits = 1, signed = false): string {
    return new Intl.NumberFormat(this._locale, { maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
  }

  private _estimate(estimate: Estimate | null, unit: '' | '%', signed = false) {
    const t = this._t;
    if (!estimate) return html`<span class="figure">–</span>`;
    const format = (value: number) => this._number(value, 1, signed) + (unit ? ' %' : '');
    return html`<span class="figure">${format(estimate.value)}</span>
      <span class="muted">${estimate.low === null || estimate.high === null
        ? t.noInterval
        : fill(t.interval95, { low: format(estimate.low), high: format(estimate.high) })}</span>`;
  }

  /** The headline figure of a scale: NPS for NPS, CSAT for the others. */
  private _headline(figures: ScaleFigures): { label: string; estimate: Estimate | null; unit: '' | '%'; signed: boolean } {
    return figures.scale === 'nps'
      ? { label: this._t.nps, estimate: figures.nps, unit: '', signed: true }
      : { label: this._t.csat, estimate: figures.csat, unit: '%', signed: false };
  }

  private _bandName(key: ScaleKey, band: Band): string {
    return key.scale === 'nps' ? this._t.npsBands[band] : this._t.bands[band];
  }

  override render() {
    const t = this._t;
    const summary = this._summary;
    return html`<div part="base" class="base">
      <form part="filters" class="filters" aria-label=${t.filters} @submit=${this._applyFilters}>
        <label>${t.from}<input type="date" name="from" .value=${this.from || summary?.from.slice(0, 10) || ''}></label>
        <label>${t.to}<input type="date" name="to" .value=${this.to || summary?.to.slice(0, 10) || ''}></label>
        <label>${t.interval}
          <select name="interval">
            <option value="day" ?selected=${this.interval !== 'week'}>${t.day}</option>
            <option value="week" ?selected=${this.interval === 'week'}>${t.week}</option>
          </select>
        </label>
        <label>${t.segmentBy}<input name="segment" placeholder=${t.segmentHint} .value=${this.segment}></label>
        <button type="submit">${t.apply}</button>
        <div class="exports" role="group" aria-label=${t.export}>
          <a class="button" href=${this._url('/export.csv')} download>${t.export} ${t.exportCsv}</a>
          <a class="button" href=${this._url('/export.jsonl')} download>${t.export} ${t.exportJsonl}</a>
        </div>
      </form>
      <p role="status" class=${this._status === 'failed' || this._status === 'unauthorized' ? 'error' : 'muted'}
        ?hidden=${this._status === 'idle' && summary?.responses !== 0}>
        ${this._status === 'loading' ? t.loading
        : this._status === 'failed' ? t.failed
        : this._status === 'unauthorized' ? t.unauthorized
        : summary?.responses === 0 ? t.noResponses : ''}
      </p>
      ${summary ? this._renderSummary(summary) : nothing}
      ${summary ? this._renderAnswers() : nothing}
    </div>`;
  }

  private _renderSummary(summary: InsightsSummary) {
    const t = this._t;
    return html`
      <section part="headline" aria-labelledby="headline-title">
        <h2 id="headline-title">${t.title}: ${summary.survey}</h2>
        <div class="headline">
          ${summary.scales.map((figures) => {
            const headline = this._headline(figures);
            return html`<div class="card">
              <h3>${t.scaleName(figures.scale, figures.min, figures.max)} · ${headline.label}</h3>
              <div>${this._estimate(headline.estimate, headline.unit, headline.signed)}</div>
              <dl>
                <dt>${t.responses}</dt><dd>${this._number(figures.responses, 0)}</dd>
                <dt>${t.mean}</dt><dd>${this._meanText(figures.mean)}</dd>
                ${BANDS.map((band) => html`<dt>${this._bandName(figures, band)}</dt><dd>${this._number(figures.bands[band], 0)}</dd>`)}
              </dl>
            </div>`;
          })}
        </div>
      </section>
      ${summary.scales.length ? html`<section part="charts" aria-labelledby="charts-title">
        <h2 id="charts-title">${t.trend} · ${t.distribution}</h2>
        <div class="charts">
          <div class="chart"><canvas id="trend" role="img" aria-label=${this._trendAlternative(summary)}></canvas></div>
          <div class="chart"><canvas id="distribution" role="img" aria-label=${this._distributionAlternative(summary)}></canvas></div>
        </div>
      </section>` : nothing}
      ${summary.segment ? this._renderSegments(summary) : nothing}
      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">${t.reasons}</h2>
        <div class="reasons">
          ${LIST_BANDS.map((band) => html`<div>
            <h3>${t.bands[band]}</h3>
            ${summary.reasons[band].length
              ? html`<ol>${summary.reasons[band].map((reason) => html`<li>${reason.reason} — ${this._number(reason.count, 0)}</li>`)}</ol>`
              : html`<p class="muted">${t.noReasons}</p>`}
          </div>`)}
        </div>
      </section>
      ${this._renderFunnel(summary)}`;
  }

  private _meanText(mean: Estimate | null): string {
    if (!mean) return '–';
    const t = this._t;
    return mean.low === null || mean.high === null
      ? `${this._number(mean.value, 2)} (${t.noInterval})`
      : `${this._number(mean.value, 2)} (${fill(t.interval95, { low: this._number(mean.low, 2), high: this._number(mean.high, 2) })})`;
  }

  private _renderSegments(summary: InsightsSummary) {
    const t = this._t;
    const segment = summary.segment!;
    return html`<section aria-labelledby="segments-title">
      <h2 id="segments-title">${t.segments}: ${segment.key}</h2>
      <table>
        <thead><tr><th scope="col">${t.segmentValue}</th><th scope="col">${t.responses}</th><th scope="col">${t.nps} / ${t.csat}</th><th scope="col">${t.mean}</th></tr></thead>
        <tbody>
          ${segment.values.flatMap((value) => value.scales.map((figures) => {
            const headline = this._headline(figures);
            const estimate = headline.estimate;
            const format = (n: number) => this._number(n, 1, headline.signed) + (headline.unit ? ' %' : '');
            return html`<tr>
              <th scope="row">${value.value ?? t.segmentMissing}${summary.scales.length > 1 ? ` · ${t.scaleName(figures.scale, figures.min, figures.max)}` : ''}</th>
              <td class="number">${this._number(figures.responses, 0)}</td>
              <td class="number">${estimate ? `${format(estimate.value)} (${estimate.low === null || estimate.high === null ? t.noInterval : fill(t.interval95, { low: format(estimate.low), high: format(estimate.high) })})` : '–'}</td>
              <td class="number">${this._meanText(figures.mean)}</td>
            </tr>`;
          }))}
        </tbody>
      </table>
    </section>`;
  }

  private _renderFunnel(summary: InsightsSummary) {
    const t = this._t;
    const { shown, rated, commented, dismissed } = summary.funnel;
    const top = Math.max(shown, rated, commented, dismissed.total, 1);
    // <progress> draws the bars: a width in a style attribute would need 'unsafe-inline' in the page's policy.
    const steps: [string, number, string][] = [
      [t.shown, shown, ''],
      [t.rated, rated, ''],
      [t.commented, commented, ''],
      [t.dismissed, dismissed.total, (['rating', 'comment', 'thanks'] as const).map((stage) => `${this._number(dismissed[stage], 0)} ${t.dismissedStages[stage]}`).join(' · ')],
    ];
    return html`<section aria-labelledby="funnel-title">
      <h2 id="funnel-title">${t.funnel}</h2>
      <ol class="funnel">
        ${steps.map(([name, count, detail]) => html`<li>
          <span>${name}</span>
          <progress class="bar" max=${top} .value=${count} aria-hidden="true"></progress>
          <span>${this._number(count, 0)}${shown && name !== t.shown ? ` (${this._number((100 * count) / shown, 0)} %)` : ''}${detail ? html`<br><span class="muted">${detail}</span>` : nothing}</span>
        </li>`)}
      </ol>
    </section>`;
  }

  private _renderAnswers() {
    const t = this._t;
    const dates = new Intl.DateTimeFormat(this._locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    return html`<section part="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">${t.answers}</h2>
      <form class="filters" aria-label=${t.answers} @submit=${this._filterAnswers}>
        <label>${t.band}
          <select name="band">
            <option value="" ?selected=${!this._band}>${t.allBands}</option>
            ${LIST_BANDS.map((band) => html`<option value=${band} ?selected=${this._band === band}>${t.bands[band]}</option>`)}
          </select>
        </label>
        <label>${t.search}<input type="search" name="q" .value=${this._query}></label>
        <button type="submit">${t.apply}</button>
      </form>
      ${this._answers.length
        ? html`<ul class="answers">
            ${this._answers.map((item) => html`<li>
              <article class=${item.rating?.band ?? 'unrated'}>
                <div>
                  <span class="badge">${item.rating ? `${this._bandName(item.rating, item.rating.band)} · ${this._number(item.rating.value, 0)} / ${item.rating.max}` : t.bands.unrated}</span>
                  <span class="muted"> · <time datetime=${item.time}>${dates.format(new Date(item.time))}</time></span>
                </div>
                <p>${item.text || t.noText}</p>
                ${item.reasons?.length ? html`<p class="muted">${t.reasons}: ${item.reasons.join(', ')}</p>` : nothing}
                ${Object.keys(item.context).length
                  ? html`<p class="muted">${Object.entries(item.context).map(([key, value]) => `${key}: ${value}`).join(' · ')}</p>`
                  : nothing}
              </article>
            </li>`)}
          </ul>`
        : html`<p class="muted">${t.noAnswers}</p>`}
      ${this._next ? html`<button type="button" @click=${() => this._loadAnswers(true)}>${t.loadMore}</button>` : nothing}
    </section>`;
  }

  /** The scale whose trend and distribution are drawn: the most answered one. */
  private _mainScale(summary: InsightsSummary): ScaleFigures | undefined {
    return summary.scales[0];
  }

  private _trendAlternative(summary: InsightsSummary): string {
    const main = this._mainScale(summary);
    if (!main) return '';
    const points = summary.series.filter((point) => point.scale === main.scale && point.min === main.min && point.max === main.max);
    const last = [...points].reverse().find((point) => this._headline(point).estimate);
    const estimate = last ? this._headline(last).estimate : null;
    return fill(this._t.trendSummary, {
      figure: `${this._headline(main).label} (${this._t.scaleName(main.scale, main.min, main.max)})`,
      count: String(points.length),
      last: estimate ? this._number(estimate.value) : '–',
    });
  }

  private _distributionAlternative(summary: InsightsSummary): string {
    const main = this._mainScale(summary);
    const counts = summary.distribution.find((entry) => main && entry.scale === main.scale && entry.min === main.min && entry.max === main.max);
    return `${this._t.distribution}: ${(counts?.counts ?? []).map((entry) => `${entry.value}: ${entry.count}`).join(', ')}`;
  }

  private _destroyCharts(): void {
    for (const chart of this._charts) chart.destroy();
    this._charts = [];
  }

  private _drawCharts(): void {
    this._destroyCharts();
    const summary = this._summary;
    const main = summary && this._mainScale(summary);
    const trend = this.renderRoot.querySelector<HTMLCanvasElement>('#trend');
    const distribution = this.renderRoot.querySelector<HTMLCanvasElement>('#distribution');
    if (!summary || !main || !trend || !distribution) return;
    const style = getComputedStyle(this);
    const color = (name: string) => style.getPropertyValue(`--care-insights-${name}`).trim() || '#2557d6';
    const rtl = style.direction === 'rtl';
    const points = summary.series.filter((point) => point.scale === main.scale && point.min === main.min && point.max === main.max);
    const headline = (point: ScaleFigures) => this._headline(point).estimate;
    const dates = new Intl.DateTimeFormat(this._locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const common = {
      responsive: true, maintainAspectRatio: false, animation: false as const,
      locale: this._locale,
      plugins: { legend: { rtl, labels: { color: color('text') } }, tooltip: { rtl } },
    };
    this._charts.push(new Chart(trend, {
      type: 'line',
      data: {
        labels: points.map((point) => dates.format(new Date(point.start))),
        datasets: [
          { label: '95 %', data: points.map((point) => headline(point)?.high ?? null), borderWidth: 0, pointRadius: 0, backgroundColor: `${color('accent')}33`, fill: '+1' },
          { label: '95 %', data: points.map((point) => headline(point)?.low ?? null), borderWidth: 0, pointRadius: 0, fill: false },
          { label: this._headline(main).label, data: points.map((point) => headline(point)?.value ?? null), borderColor: color('accent'), backgroundColor: color('accent'), spanGaps: true },
        ],
      },
      options: {
        ...common,
        // The interval is one band between two lines: one legend entry for it.
        plugins: { ...common.plugins, legend: { ...common.plugins.legend, labels: { ...common.plugins.legend.labels, filter: (item) => item.datasetIndex !== 1 } } },
        scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left' } },
      },
    }));
    const counts = summary.distribution.find((entry) => entry.scale === main.scale && entry.min === main.min && entry.max === main.max)?.counts ?? [];
    this._charts.push(new Chart(distribution, {
      type: 'bar',
      data: {
        labels: counts.map((entry) => this._number(entry.value, 0)),
        datasets: [{ label: this._t.responses, data: counts.map((entry) => entry.count), backgroundColor: counts.map((entry) => color(entry.band)) }],
      },
      options: { ...common, plugins: { ...common.plugins, legend: { display: false } }, scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left' } } },
    }));
  }
}
