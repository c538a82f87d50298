import { useState } from 'preact/hooks';
import type { Career, CareerStop } from '@/src/library';
import { ls } from './strings';

export interface CareerTimelineProps {
  career: Career;
  /** Several people share the name: each timeline says which bodies it is about. */
  namesake: boolean;
  onOpen(key: string): void;
}

/** Stops shown before 显示全部: a leader printed in every issue would fill the panel. */
const FIRST_STOPS = 60;

/**
 * The stops worth showing first: every one that marks a change, and around them the first and
 * last of each run of articles that print the same titles, up to FIRST_STOPS in all.
 */
function keyStops(stops: readonly CareerStop[]): CareerStop[] {
  const same = (a: CareerStop, b: CareerStop) => a.titles.join('、') === b.titles.join('、');
  const picked = stops.filter(
    (s, i) => s.newTitles.length || s.gone.length || i === 0 || i === stops.length - 1 || !same(s, stops[i - 1]!) || !same(s, stops[i + 1]!),
  );
  return picked.slice(0, FIRST_STOPS);
}

/** 履历: date → article → titles as printed, with 新任 and 不再署 where the titles change. */
export function CareerTimeline({ career, namesake, onOpen }: CareerTimelineProps) {
  const [all, setAll] = useState(career.stops.length <= FIRST_STOPS);
  const stops = all ? career.stops : keyStops(career.stops);
  return (
    <section class="lib-career" aria-label={`${career.name} ${ls('career')}`}>
      <h4 class="lib-career-head">
        {ls('career')}
        {namesake && career.bodies.length ? <span class="lib-muted"> · {career.bodies.join('、')}</span> : null}
      </h4>
      <ol class="lib-career-stops">
        {stops.map((s) => (
          <li class="lib-career-stop" key={s.key}>
            <time class="lib-career-date" dateTime={s.date}>
              {s.date}
            </time>
            <div class="lib-career-body">
              <button type="button" class="lib-link" onClick={() => onOpen(s.key)}>
                {s.title}
              </button>
              <p class="lib-career-titles">
                {s.titles.length ? s.titles.join('、') : <span class="lib-muted">{ls('noTitle')}</span>}
                {s.printedAs !== career.name ? <span class="lib-muted"> · {ls('printedAs', { name: s.printedAs })}</span> : null}
              </p>
              {s.newTitles.length || s.gone.length ? (
                <ul class="lib-changes">
                  {s.newTitles.map((t) => (
                    <li class="lib-change lib-change-new" title={ls('newHint')}>
                      <span class="lib-change-tag">{ls('newPost')}</span> {t}
                    </li>
                  ))}
                  {s.gone.map((g) => (
                    <li class="lib-change lib-change-gone" title={ls('goneHint', { date: g.last.date, title: g.last.title })}>
                      <span class="lib-change-tag">{ls('gonePost')}</span> {g.title}{' '}
                      <span class="lib-muted">{ls('lastSeen', { date: g.last.date })}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {stops.length < career.stops.length ? (
        <button type="button" class="lib-link lib-career-all" onClick={() => setAll(true)}>
          {ls('careerAll', { n: career.stops.length, shown: stops.length })}
        </button>
      ) : null}
    </section>
  );
}
