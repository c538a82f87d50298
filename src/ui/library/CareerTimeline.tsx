import type { Career } from '@/src/library';
import { ls } from './strings';

export interface CareerTimelineProps {
  career: Career;
  /** Several people share the name: each timeline says which bodies it is about. */
  namesake: boolean;
  onOpen(key: string): void;
}

/** 履历: date → article → titles as printed, with 新任 and 不再署 where the titles change. */
export function CareerTimeline({ career, namesake, onOpen }: CareerTimelineProps) {
  return (
    <section class="lib-career" aria-label={`${career.name} ${ls('career')}`}>
      <h4 class="lib-career-head">
        {ls('career')}
        {namesake && career.bodies.length ? <span class="lib-muted"> · {career.bodies.join('、')}</span> : null}
      </h4>
      <ol class="lib-career-stops">
        {career.stops.map((s) => (
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
    </section>
  );
}
