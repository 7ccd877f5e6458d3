// zodWithoutEval first: it must be evaluated before any module builds a zod schema (see main.tsx).
import { zodConfig } from '../app/zodWithoutEval.ts';
import { DiplomacyTimelineElement as ElementClass } from './DiplomacyTimelineElement.ts';
import { mountTimeline as mount } from './mountTimeline.tsx';
import type * as PublicApi from './public-api.d.ts';

/**
 * The embed script (built as `embed/diplomacy-timeline.js`): registers `<diplomacy-timeline>` and exports
 * the API. The only module of ours with an effect on import (see `sideEffects` in package.json). Its exports
 * are typed by the published declarations, so the two cannot drift apart.
 */
if (!zodConfig.jitless) throw new Error('zod must run jitless under the CSP');

export const TAG_NAME: typeof PublicApi.TAG_NAME = 'diplomacy-timeline';
export const mountTimeline: typeof PublicApi.mountTimeline = mount;
export const DiplomacyTimelineElement: typeof PublicApi.DiplomacyTimelineElement = ElementClass;

// A page that loads the script twice (two embeds, two copies) keeps the first definition.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, ElementClass);

export type {
  MountTimelineOptions,
  TimelineEventMap,
  TimelineHandle,
  TimelineLanguage,
} from './public-api.d.ts';
